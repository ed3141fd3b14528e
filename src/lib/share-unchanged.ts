/**
 * Structural sharing between two versions of a tree of plain data (plain objects, arrays and
 * primitives): the result equals `next`, but every part that is deep-equal to the part at the same
 * place in `previous` is `previous`'s own object, and when nothing changed it is `previous` itself.
 *
 * A what-if edit recomputes the whole analysis; the views are keyed on identity, so sharing the
 * unchanged parts lets them skip the rows, cells and cards the edit did not touch. `next` is never
 * modified. Maps, sets, dates and class instances are shared only when they are the same object.
 */
export function shareUnchanged<T>(previous: T | undefined, next: T): T {
  return share(previous, next) as T;
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// Called on every node of every view model after each what-if edit: written for speed (no key
// arrays, one prototype check per object); plain objects have no inherited enumerable keys, so
// `for…in` walks exactly their own keys.
function share(previous: unknown, next: unknown): unknown {
  if (previous === next) return previous;
  if (typeof next !== 'object' || next === null) return Object.is(previous, next) ? previous : next;
  if (typeof previous !== 'object' || previous === null) return next;
  if (Array.isArray(next)) return Array.isArray(previous) ? shareArray(previous, next) : next;
  if (Array.isArray(previous) || !isPlain(next) || !isPlain(previous)) return next;
  return shareObject(previous as Record<string, unknown>, next as Record<string, unknown>);
}

function shareArray(previous: readonly unknown[], next: readonly unknown[]): unknown[] {
  let same = previous.length === next.length;
  let copy: unknown[] | null = null;
  for (let i = 0; i < next.length; i++) {
    const item = next[i];
    const shared = i < previous.length ? share(previous[i], item) : item;
    if (shared !== previous[i]) same = false;
    if (shared !== item) (copy ??= next.slice())[i] = shared;
  }
  if (same) return previous as unknown[];
  return copy ?? (next as unknown[]);
}

function shareObject(
  previous: Record<string, unknown>,
  next: Record<string, unknown>,
): Record<string, unknown> {
  let same = true;
  let count = 0;
  let copy: Record<string, unknown> | null = null;
  for (const key in next) {
    count++;
    const value = next[key];
    const before = previous[key];
    const had = before !== undefined || key in previous;
    const shared = had ? share(before, value) : value;
    if (!had || shared !== before) same = false;
    if (shared !== value) (copy ??= { ...next })[key] = shared;
  }
  if (same) {
    for (const _ in previous) count--;
    if (count === 0) return previous;
  }
  return copy ?? next;
}

/**
 * A function that shares each value it is given with the one it was given before (see
 * `shareUnchanged`): wrap a derived view model in it to keep the objects an update left equal.
 */
export function sharingWithLast<T>(): (next: T) => T {
  const remember = withLast<T>();
  return (next) => remember((last) => shareUnchanged(last, next));
}

/**
 * A function that hands its maker the value it returned the time before (undefined the first
 * time), for layouts that reuse their previous rows: `$derived(relayout((last) => lay(…, last)))`.
 */
export function withLast<T>(): (make: (last: T | undefined) => T) => T {
  let last: T | undefined;
  return (make) => (last = make(last));
}

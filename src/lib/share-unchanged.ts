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

function isPlain(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function share(previous: unknown, next: unknown): unknown {
  if (Object.is(previous, next)) return previous;
  if (Array.isArray(next)) return Array.isArray(previous) ? shareArray(previous, next) : next;
  if (isPlain(next)) return isPlain(previous) ? shareObject(previous, next) : next;
  return next;
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
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(previous).length;
  let copy: Record<string, unknown> | null = null;
  for (const key of keys) {
    const value = next[key];
    const had = Object.prototype.hasOwnProperty.call(previous, key);
    const shared = had ? share(previous[key], value) : value;
    if (!had || shared !== previous[key]) same = false;
    if (shared !== value) (copy ??= { ...next })[key] = shared;
  }
  if (same) return previous;
  return copy ?? next;
}

/**
 * A function that shares each value it is given with the one it was given before (see
 * `shareUnchanged`): wrap a derived view model in it to keep the objects an update left equal.
 */
export function sharingWithLast<T>(): (next: T) => T {
  let last: T | undefined;
  return (next) => (last = shareUnchanged(last, next));
}

/**
 * Memory for the parts of `analyse()` a what-if edit leaves alone. The sandbox makes each edit a
 * new assessment that keeps every untouched part as the same object (its answers, responses,
 * organisation, scope), so a part worked out from objects that are all the same as last time is
 * the same as last time. Inputs are plain data that is never modified once made, so comparing
 * objects is comparing values; a different object is simply worked out again.
 */

/** Whether two argument lists hold the same values and objects, one by one. */
function sameArguments(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/**
 * `compute` remembering its last result per first argument (an object), given again while every
 * other argument is the same value or object as last time. The first argument is held weakly, so
 * nothing is kept once the assessment it belongs to is gone.
 */
export function memoiseOn<K extends object, A extends readonly unknown[], R>(
  compute: (key: K, ...rest: A) => R,
): (key: K, ...rest: A) => R {
  const last = new WeakMap<K, { rest: A; result: R }>();
  return (key, ...rest) => {
    const hit = last.get(key);
    if (hit && sameArguments(hit.rest, rest)) return hit.result;
    const result = compute(key, ...rest);
    last.set(key, { rest, result });
    return result;
  };
}

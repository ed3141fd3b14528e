import type { TeamOrder } from '../raci/team-order';

/** How many participants named one accountable set (`[]` is "no one"). */
export interface SetCount {
  accountable: string[];
  count: number;
}

/** A key that names an accountable set (team ids in team order); "" is "no one". */
export function keyAccountableSet(set: readonly string[]): string {
  // Most sets name one team: its id is the key, without building a string.
  return set.length === 1 ? (set[0] ?? '') : set.join(',');
}

/**
 * Orders two accountable sets for tie-breaking: element by element in team order, a set before
 * any longer set it starts, and "no one" after every set of teams.
 */
export function compareAccountableSets(
  a: readonly string[],
  b: readonly string[],
  order: TeamOrder,
): number {
  if (a.length === 0 || b.length === 0) return (a.length === 0 ? 1 : 0) - (b.length === 0 ? 1 : 0);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = order.compare(a[i] ?? '', b[i] ?? '');
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** Counts the accountable sets named (each already in team order), most named first, ties by set order. */
export function countAccountableSets(
  sets: readonly (readonly string[])[],
  order: TeamOrder,
): SetCount[] {
  const counts = new Map<string, SetCount>();
  for (const set of sets) {
    const key = keyAccountableSet(set);
    const hit = counts.get(key);
    if (hit) hit.count++;
    else counts.set(key, { accountable: [...set], count: 1 });
  }
  return [...counts.values()].sort(
    (x, y) => y.count - x.count || compareAccountableSets(x.accountable, y.accountable, order),
  );
}

import type { TeamOrder } from '../raci/team-order';

/**
 * Each team's share of accountability over some activities: an activity with k accountable teams
 * gives each 1/k, and the shares are divided by the number of activities that have any, so they
 * sum to 1. Activities with no accountable team give nothing; an empty map when none has one.
 */
export function shareAccountability(
  accountableSets: Iterable<readonly string[]>,
): Map<string, number> {
  const weights = new Map<string, number>();
  let owned = 0;
  for (const set of accountableSets) {
    if (set.length === 0) continue;
    owned++;
    for (const team of set) weights.set(team, (weights.get(team) ?? 0) + 1 / set.length);
  }
  for (const [team, weight] of weights) weights.set(team, weight / owned);
  return weights;
}

/** Herfindahl–Hirschman index of the shares (Σ share²): 1 for one owner; null with no owner. */
export function computeHhi(shares: ReadonlyMap<string, number>): number | null {
  if (shares.size === 0) return null;
  let hhi = 0;
  for (const share of shares.values()) hhi += share * share;
  return hhi;
}

/** The shares as a list, largest first, ties in team order. */
export function rankShares(
  shares: ReadonlyMap<string, number>,
  order: TeamOrder,
): { team: string; share: number }[] {
  return [...shares]
    .map(([team, share]) => ({ team, share }))
    .sort((a, b) => b.share - a.share || order.compare(a.team, b.team));
}

/** The team with the largest share (ties in team order), or null for "no one". */
export function findMainAccountable(
  shares: ReadonlyMap<string, number>,
  order: TeamOrder,
): string | null {
  return rankShares(shares, order)[0]?.team ?? null;
}

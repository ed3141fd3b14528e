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

/**
 * How concentrated accountability is over some activities: each team's share of the activities
 * (an activity with k accountable teams gives each 1/k) and, since nobody holds an orphaned
 * activity together with anything else, each orphaned activity as an owner of its own with a
 * share of one activity. `shares` lists the teams only, so with orphans they sum to less than 1.
 */
export interface Concentration {
  shares: Map<string, number>;
  /** Σ share² over the teams and the orphaned activities: 1 for one owner; null with no activity. */
  hhi: number | null;
}

/**
 * Measures the concentration of accountability, orphans counting as their own owners: one owned
 * activity and 22 orphans give an HHI of 1/23, fragmented, not concentrated.
 */
export function measureConcentration(
  accountableSets: readonly (readonly string[])[],
): Concentration {
  const total = accountableSets.length;
  const shares = new Map<string, number>();
  let orphans = 0;
  for (const set of accountableSets) {
    if (set.length === 0) orphans++;
    for (const team of set) shares.set(team, (shares.get(team) ?? 0) + 1 / set.length);
  }
  if (total === 0) return { shares, hhi: null };
  let hhi = orphans / (total * total);
  for (const [team, weight] of shares) {
    const share = weight / total;
    shares.set(team, share);
    hhi += share * share;
  }
  return { shares, hhi };
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

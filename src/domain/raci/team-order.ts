import type { Assessment } from '../schemas/assessment';
import type { Model } from '../schemas/model';

/** A fixed order of team ids, used wherever ties are broken or teams are listed. */
export interface TeamOrder {
  /** Position of a team: model teams first, then the assessment's own teams; unknown ids last. */
  rank(team: string): number;
  /** Compares two team ids by rank, then lexically (for ids neither list knows). */
  compare(a: string, b: string): number;
  /** A sorted copy of the given team ids. */
  sort(teams: Iterable<string>): string[];
}

/** Up to this many teams, a list is sorted by insertion: most lists name one to four teams. */
const INSERTION_SORT_MAX = 16;

/**
 * Sorts `teams` in place by rank, then lexically, looking each team's rank up once. The order is
 * total (equal only for equal ids), so this gives exactly what sorting with `compare` gives.
 */
function sortByRank(teams: string[], rank: (team: string) => number): string[] {
  if (teams.length < 2) return teams;
  if (teams.length > INSERTION_SORT_MAX) {
    const ranked = teams.map((team) => ({ team, rank: rank(team) }));
    ranked.sort((a, b) => a.rank - b.rank || (a.team < b.team ? -1 : a.team > b.team ? 1 : 0));
    return ranked.map((r) => r.team);
  }
  const ranks = teams.map(rank);
  for (let i = 1; i < teams.length; i++) {
    const team = teams[i] ?? '';
    const r = ranks[i] ?? 0;
    let j = i - 1;
    for (; j >= 0; j--) {
      const before = ranks[j] ?? 0;
      if (before < r || (before === r && (teams[j] ?? '') <= team)) break;
      teams[j + 1] = teams[j] ?? '';
      ranks[j + 1] = before;
    }
    teams[j + 1] = team;
    ranks[j + 1] = r;
  }
  return teams;
}

/** Builds the team order: the model's teams in model order, then the assessment's other teams in theirs. */
export function buildTeamOrder(
  model: { teams: readonly Pick<Model['teams'][number], 'id'>[] },
  assessment: Pick<Assessment, 'teams'>,
): TeamOrder {
  const ranks = new Map<string, number>();
  for (const t of model.teams) ranks.set(t.id, ranks.size);
  for (const t of assessment.teams) if (!ranks.has(t.id)) ranks.set(t.id, ranks.size);
  const rank = (team: string): number => ranks.get(team) ?? Number.MAX_SAFE_INTEGER;
  const compare = (a: string, b: string): number =>
    rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
  return { rank, compare, sort: (teams) => sortByRank([...teams], rank) };
}

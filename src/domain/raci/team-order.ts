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

/** Builds the team order: the model's teams in model order, then the assessment's other teams in theirs. */
export function buildTeamOrder(
  model: Pick<Model, 'teams'>,
  assessment: Pick<Assessment, 'teams'>,
): TeamOrder {
  const ranks = new Map<string, number>();
  for (const t of model.teams) ranks.set(t.id, ranks.size);
  for (const t of assessment.teams) if (!ranks.has(t.id)) ranks.set(t.id, ranks.size);
  const rank = (team: string): number => ranks.get(team) ?? Number.MAX_SAFE_INTEGER;
  const compare = (a: string, b: string): number =>
    rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
  return { rank, compare, sort: (teams) => [...teams].sort(compare) };
}

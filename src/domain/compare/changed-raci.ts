import type { ActivityResult } from '../analysis';

/** A RACI cell as the comparison shows it: letters in R, A, C, I order ("" for none), "unknown", or null. */
export type ComparedCell = string | 'unknown' | null;

/** One team's letters on one activity that differ between the two assessments. */
export interface RaciChange {
  activity: string;
  team: string;
  from: ComparedCell;
  to: ComparedCell;
}

/**
 * A team's cell on an activity as the analysis resolved it: its letters in R, A, C, I order when
 * the activity is answered ("" for no letter, "no one" included), "unknown" for don't know, null
 * when unanswered or out of scope.
 */
export function readCell(activity: ActivityResult | undefined, team: string): ComparedCell {
  if (activity?.status === 'unknown') return 'unknown';
  if (activity?.status !== 'answered') return null;
  const lists = [activity.responsible, activity.accountable, activity.consulted, activity.informed];
  return ['R', 'A', 'C', 'I'].filter((_, i) => lists[i]?.includes(team)).join('');
}

/** The cells that differ, activity by activity in model order, teams in the order given. */
export function findChangedRaci(
  activityIds: readonly string[],
  teams: readonly string[],
  older: Readonly<Record<string, ActivityResult>>,
  newer: Readonly<Record<string, ActivityResult>>,
): RaciChange[] {
  return activityIds.flatMap((activity) =>
    teams.flatMap((team) => {
      const from = readCell(older[activity], team);
      const to = readCell(newer[activity], team);
      return from === to ? [] : [{ activity, team, from, to }];
    }),
  );
}

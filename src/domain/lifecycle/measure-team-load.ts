import type { ActivityResult, TeamResult } from '../analysis';

/** Overloaded means an R count above this many times the mean R count. */
export const OVERLOAD_FACTOR = 2;

/**
 * Each assessment team's workload over the in-scope activities with a RACI answer: load = R + A
 * (a team that is both counts twice), shown as it is. Overload counts the work only: a team is
 * overloaded when its R count is above twice the mean R count of all the assessment's teams. A is
 * shown but does not make a team overloaded: governing work that others do is the control
 * function's role, not a burden.
 */
export function measureTeamLoad(
  teams: readonly { id: string }[],
  activities: Readonly<Record<string, ActivityResult>>,
): Record<string, TeamResult> {
  const results: Record<string, TeamResult> = {};
  for (const { id } of teams) {
    results[id] = {
      load: 0,
      overloaded: false,
      responsible: 0,
      accountable: 0,
      consulted: 0,
      informed: 0,
    };
  }
  for (const activity of Object.values(activities)) {
    if (activity.status !== 'answered') continue;
    for (const team of activity.responsible) if (results[team]) results[team].responsible++;
    for (const team of activity.accountable) if (results[team]) results[team].accountable++;
    for (const team of activity.consulted) if (results[team]) results[team].consulted++;
    for (const team of activity.informed) if (results[team]) results[team].informed++;
  }
  let work = 0;
  for (const result of Object.values(results)) {
    result.load = result.responsible + result.accountable;
    work += result.responsible;
  }
  const mean = teams.length === 0 ? 0 : work / teams.length;
  for (const result of Object.values(results))
    result.overloaded = result.responsible > OVERLOAD_FACTOR * mean;
  return results;
}

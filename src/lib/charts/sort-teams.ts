/**
 * Orders the matrix's team columns: as the assessment lists them, by load (R + A), or by the number
 * of activities they are accountable for. Ties keep the assessment's order.
 */
import type { TeamResult } from '../../domain/analysis';

/** The ways the matrix can order its teams. */
export const TEAM_ORDERS = ['model', 'load', 'accountable'] as const;
/** One way to order the teams. */
export type TeamOrder = (typeof TEAM_ORDERS)[number];

/** The teams in the chosen order (a new array; the input is left as it is). */
export function sortTeams<T extends { id: string }>(
  teams: readonly T[],
  results: Readonly<Record<string, Pick<TeamResult, 'load' | 'accountable'>>>,
  order: TeamOrder,
): T[] {
  if (order === 'model') return [...teams];
  const value = (team: T): number => {
    const result = results[team.id];
    if (!result) return 0;
    return order === 'load' ? result.load : result.accountable;
  };
  // Array sort is stable, so equal values keep the assessment's order.
  return [...teams].sort((a, b) => value(b) - value(a));
}

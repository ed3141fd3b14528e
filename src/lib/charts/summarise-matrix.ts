/**
 * The figures behind the RACI matrix's one-paragraph summary, read from the analysis: how many
 * in-scope activities have no accountable owner, how many are contested, how often the lifecycle
 * changes hands, and which teams are overloaded.
 */
import type { Analysis } from '../../domain/analysis';

/** The matrix summary's figures; `overloaded` lists team ids in the given team order. */
export interface MatrixSummary {
  activities: number;
  orphaned: number;
  contested: number;
  handoffs: number;
  overloaded: string[];
}

/** Counts the flagged activities and lists the overloaded teams, for the text summary. */
export function summariseMatrix(
  analysis: Pick<Analysis, 'activities' | 'lifecycle' | 'teams'>,
  teamOrder: readonly string[],
): MatrixSummary {
  const results = Object.values(analysis.activities);
  const count = (flag: 'orphaned' | 'contested'): number =>
    results.filter((r) => r.flags.includes(flag)).length;
  return {
    activities: analysis.lifecycle.activitiesInScope,
    orphaned: count('orphaned'),
    contested: count('contested'),
    handoffs: analysis.lifecycle.handoffs,
    overloaded: teamOrder.filter((id) => analysis.teams[id]?.overloaded),
  };
}

/**
 * The heatmap of a later quarter against an earlier one, cell by cell: better (a lower risk
 * score), worse, the same, or not comparable (a cell unknown or out of scope in either). Scores
 * within a twentieth of a point are the same: they differ by rounding, not by anything done.
 */
import type { Heatmap } from '../risk/heatmap';
import { RISK_CATEGORIES, type RiskCategory } from '../schemas/model';

/** How one heatmap cell moved between two quarters. */
export type CellTrend = 'better' | 'worse' | 'same' | 'not-comparable';

/** One cell of the difference: its trend and both scores (null where there is none). */
export interface CellDifference {
  trend: CellTrend;
  from: number | null;
  to: number | null;
}

/** Scores closer than this are the same. */
export const SAME_WITHIN = 0.05;

/** Compares two heatmaps over the later one's stages, in its order. */
export function compareHeatmaps(
  before: Heatmap,
  after: Heatmap,
): Record<string, Record<RiskCategory, CellDifference>> {
  const out: Record<string, Record<RiskCategory, CellDifference>> = {};
  for (const stage of Object.keys(after)) {
    const row = {} as Record<RiskCategory, CellDifference>;
    for (const category of RISK_CATEGORIES) {
      const from = before[stage]?.[category]?.score ?? null;
      const to = after[stage]?.[category]?.score ?? null;
      const trend: CellTrend =
        from === null || to === null
          ? 'not-comparable'
          : Math.abs(to - from) < SAME_WITHIN
            ? 'same'
            : to < from
              ? 'better'
              : 'worse';
      row[category] = { trend, from, to };
    }
    out[stage] = row;
  }
  return out;
}

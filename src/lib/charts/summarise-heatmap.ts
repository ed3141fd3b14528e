/**
 * The figures behind the heatmap's one-paragraph summary: cells per band, cells whose inputs are
 * mostly unanswered, stages out of scope, and the highest-scoring cell.
 */
import type { RiskBand } from '../../domain/risk/band';
import type { Heatmap } from '../../domain/risk/heatmap';
import { RISK_CATEGORIES, type RiskCategory } from '../../domain/schemas/model';
import { MOSTLY_UNKNOWN } from './heatmap-layout';

/** The heatmap summary's figures. */
export interface HeatmapSummary {
  bands: Record<RiskBand, number>;
  /** Scored cells whose inputs are mostly unanswered. */
  unknown: number;
  /** Stages out of scope, in the order given. */
  outOfScope: string[];
  /** The highest score; on a tie, the first in lifecycle then column order. Null when nothing is scored. */
  highest: { stage: string; category: RiskCategory; score: number; band: RiskBand } | null;
}

/** Counts the heatmap's cells by band and finds its highest cell, over the stages in order. */
export function summariseHeatmap(heatmap: Heatmap, stageOrder: readonly string[]): HeatmapSummary {
  const summary: HeatmapSummary = {
    bands: { low: 0, medium: 0, high: 0, critical: 0 },
    unknown: 0,
    outOfScope: [],
    highest: null,
  };
  for (const stage of stageOrder) {
    const row = heatmap[stage];
    if (!row) continue;
    let scored = false;
    for (const category of RISK_CATEGORIES) {
      const cell = row[category];
      if (cell.outOfScope) continue;
      scored = true;
      summary.bands[cell.band]++;
      if (cell.unanswered >= MOSTLY_UNKNOWN) summary.unknown++;
      if (!summary.highest || cell.score > summary.highest.score)
        summary.highest = { stage, category, score: cell.score, band: cell.band };
    }
    if (!scored) summary.outOfScope.push(stage);
  }
  return summary;
}

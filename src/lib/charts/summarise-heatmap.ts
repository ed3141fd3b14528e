/**
 * The figures behind the heatmap's one-paragraph summary: cells per band, cells that cannot be
 * rated, cells whose inputs are mostly unanswered, stages out of scope, and the biggest risk.
 */
import type { RiskBand } from '../../domain/risk/band';
import type { Heatmap } from '../../domain/risk/heatmap';
import { rankRisks } from '../../domain/risk/rank-risks';
import { RISK_CATEGORIES, type RiskCategory } from '../../domain/schemas/model';
import { MOSTLY_UNKNOWN } from './heatmap-layout';

/** The heatmap summary's figures. */
export interface HeatmapSummary {
  /** Scored cells per band. */
  bands: Record<RiskBand, number>;
  /** Cells without a score: their stage's maturity is unknown. */
  unrated: number;
  /** Scored cells whose inputs are mostly unanswered. */
  unknown: number;
  /** Stages out of scope, in the order given. */
  outOfScope: string[];
  /** The first of `rankRisks`: highest continuous score, never a tie broken by list order alone. */
  highest: { stage: string; category: RiskCategory; score: number; band: RiskBand } | null;
}

/** Counts the heatmap's cells by band and finds its biggest risk, over the stages in order. */
export function summariseHeatmap(heatmap: Heatmap, stageOrder: readonly string[]): HeatmapSummary {
  const summary: HeatmapSummary = {
    bands: { low: 0, medium: 0, high: 0, critical: 0 },
    unrated: 0,
    unknown: 0,
    outOfScope: [],
    highest: null,
  };
  for (const stage of stageOrder) {
    const row = heatmap[stage];
    if (!row) continue;
    let inScope = false;
    for (const category of RISK_CATEGORIES) {
      const cell = row[category];
      if (cell.outOfScope) continue;
      inScope = true;
      if (cell.unknown) {
        summary.unrated++;
        continue;
      }
      summary.bands[cell.band]++;
      if (cell.unanswered >= MOSTLY_UNKNOWN) summary.unknown++;
    }
    if (!inScope) summary.outOfScope.push(stage);
  }
  const top = rankRisks(heatmap, stageOrder)[0];
  if (top) {
    const { stage, category, cell } = top;
    summary.highest = { stage, category, score: cell.score, band: cell.band };
  }
  return summary;
}

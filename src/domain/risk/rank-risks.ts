import { RISK_CATEGORIES, type RiskCategory } from '../schemas/model';
import type { Heatmap, ScoredCell } from './heatmap';

/** A scored heatmap cell with where it sits and its rank among the heatmap's scored cells. */
export interface RankedRisk {
  stage: string;
  category: RiskCategory;
  cell: ScoredCell;
  /** 1 for the biggest risk; cells equal in score, likelihood and impact share a rank. */
  rank: number;
}

/**
 * Whether `b` ranks after `a`: a higher continuous score first, then a higher likelihood, then a
 * higher impact; 0 only when all three are equal.
 */
function compareRisks(a: ScoredCell, b: ScoredCell): number {
  return b.score - a.score || b.likelihood - a.likelihood || b.impact - a.impact;
}

/**
 * The heatmap's scored cells, biggest risk first: by continuous score, then likelihood, then
 * impact, and only when all three are equal by lifecycle then column order (the order of
 * `stageOrder` and of the categories). Unknown and out-of-scope cells are not ranked.
 */
export function rankRisks(heatmap: Heatmap, stageOrder: readonly string[]): RankedRisk[] {
  const cells: Omit<RankedRisk, 'rank'>[] = [];
  for (const stage of stageOrder) {
    const row = heatmap[stage];
    if (!row) continue;
    for (const category of RISK_CATEGORIES) {
      const cell = row[category];
      if (!cell.outOfScope && !cell.unknown) cells.push({ stage, category, cell });
    }
  }
  // Array.prototype.sort is stable: cells equal in all three keep lifecycle and column order.
  cells.sort((a, b) => compareRisks(a.cell, b.cell));
  const ranked: RankedRisk[] = [];
  cells.forEach((placed, i) => {
    const before = ranked[i - 1];
    const tied = before !== undefined && compareRisks(before.cell, placed.cell) === 0;
    ranked.push({ ...placed, rank: tied ? before.rank : i + 1 });
  });
  return ranked;
}

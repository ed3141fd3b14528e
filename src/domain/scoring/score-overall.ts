import type { DimensionResult, OverallResult } from '../analysis';
import type { LevelName } from '../schemas/model';
import { nameLevel } from './levels';

/**
 * The weakest in-scope dimension with a score: the lowest score; on a tie, the one furthest from
 * its target, then the first in model order.
 */
export function findWeakest(dimensions: Readonly<Record<string, DimensionResult>>): string | null {
  let weakest: string | null = null;
  let worst: DimensionResult | null = null;
  for (const [id, d] of Object.entries(dimensions)) {
    if (!d.inScope || d.score === null) continue;
    if (
      worst?.score == null ||
      d.score < worst.score ||
      (d.score === worst.score && (d.gap ?? 0) > (worst.gap ?? 0))
    ) {
      weakest = id;
      worst = d;
    }
  }
  return weakest;
}

/**
 * The overall maturity: the weighted mean of the in-scope dimensions that have a score, with the
 * sector weights; its confidence is the weighted mean of every in-scope dimension's confidence
 * (a dimension with no answer counts with confidence 0).
 */
export function scoreOverall(
  dimensions: Readonly<Record<string, DimensionResult>>,
  levels: readonly LevelName[],
): OverallResult {
  let scoreSum = 0;
  let scoreWeight = 0;
  let confidenceSum = 0;
  let confidenceWeight = 0;
  const drivers: OverallResult['drivers'] = [];
  for (const [dimension, d] of Object.entries(dimensions)) {
    if (!d.inScope) continue;
    confidenceSum += d.weight * d.confidence;
    confidenceWeight += d.weight;
    if (d.score === null) continue;
    scoreSum += d.weight * d.score;
    scoreWeight += d.weight;
    drivers.push({ dimension, score: d.score, weight: d.weight });
  }
  const score = scoreWeight === 0 ? null : scoreSum / scoreWeight;
  return {
    score,
    ...nameLevel(levels, score),
    weakest: findWeakest(dimensions),
    confidence: confidenceWeight === 0 ? 0 : confidenceSum / confidenceWeight,
    drivers,
  };
}

import type { DimensionResult, OverallResult } from '../analysis';
import type { LevelName } from '../schemas/model';
import { nameLevel } from './levels';

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
    confidence: confidenceWeight === 0 ? 0 : confidenceSum / confidenceWeight,
    drivers,
  };
}

import type { AnswerDriver, DimensionResult } from '../analysis';
import type { Level } from '../schemas/common';
import type { Model, Sector } from '../schemas/model';
import { nameLevel } from './levels';

/** The weight a sector gives a dimension in the overall score; a dimension the sector does not list weighs 1. */
export function weighDimension(
  model: Pick<Model, 'sectorWeights'>,
  sector: Sector,
  dimension: string,
): number {
  return model.sectorWeights[sector]?.[dimension] ?? 1;
}

/**
 * Scores every model dimension. In scope: the mean of its numeric answers, confidence = answered ÷
 * asked (asked = the questions the model puts in the dimension, so "don't know" and unanswered
 * both lower it), its level reached and its gap to the target. Out of scope: no score, confidence
 * 0, no drivers, never counted as zero.
 */
export function scoreDimensions(
  model: Pick<Model, 'dimensions' | 'questions' | 'levels' | 'sectorWeights'>,
  answers: ReadonlyMap<string, AnswerDriver>,
  outOfScope: ReadonlySet<string>,
  sector: Sector,
  targets: Readonly<Record<string, Level>>,
): Record<string, DimensionResult> {
  const questions = new Map<string, string[]>();
  for (const q of model.questions) {
    const list = questions.get(q.dimension);
    if (list) list.push(q.id);
    else questions.set(q.dimension, [q.id]);
  }
  const results: Record<string, DimensionResult> = {};
  for (const { id } of model.dimensions) {
    const inScope = !outOfScope.has(id);
    const asked = inScope ? (questions.get(id) ?? []) : [];
    const drivers = asked.flatMap((q) => answers.get(q) ?? []);
    let sum = 0;
    let answered = 0;
    for (const d of drivers) {
      if (d.answer === 'unknown') continue;
      sum += d.answer;
      answered++;
    }
    const score = answered === 0 ? null : sum / answered;
    const target = targets[id] ?? 3;
    results[id] = {
      score,
      target,
      gap: score === null || !inScope ? null : target - score,
      confidence: asked.length === 0 ? 0 : answered / asked.length,
      ...nameLevel(model.levels, score),
      inScope,
      asked: asked.length,
      answered,
      unknown: drivers.length - answered,
      weight: weighDimension(model, sector, id),
      drivers,
    };
  }
  return results;
}

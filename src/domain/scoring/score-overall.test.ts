import { describe, expect, it } from 'vitest';
import { buildAssessment, buildModel } from '../testing/fixtures';
import { resolveMaturityAnswers } from './resolve-maturity';
import { scoreDimensions } from './score-dimensions';
import { scoreOverall } from './score-overall';

const model = buildModel();
const overall = (
  maturity: Record<string, 1 | 2 | 3 | 4 | 5 | 'unknown'>,
  outOfScope: string[] = [],
) =>
  scoreOverall(
    scoreDimensions(
      model,
      resolveMaturityAnswers(model, buildAssessment({ maturity })),
      new Set(outOfScope),
      'banking',
      { ownership: 3, review: 4, data: 3 },
    ),
    model.levels,
  );

describe('scoreOverall', () => {
  it('weighs each dimension by its sector weight (banking doubles review)', () => {
    // ownership 1 (weight 1), review 4 (weight 2), data 1 (weight 1): (1 + 8 + 1) / 4 = 2.5
    const all = {
      'ownership.named': 1,
      'ownership.charter': 1,
      'review.timing': 4,
      'review.regulated': 4,
      'data.quality': 1,
    } as const;
    expect(overall(all)).toMatchObject({ score: 2.5, level: 2, confidence: 1 });
    expect(overall(all).levelName?.en).toBe('Reactive');
  });

  it('lists the dimensions behind the score with their weights', () => {
    expect(overall({ 'data.quality': 3, 'review.timing': 2 }).drivers).toEqual([
      { dimension: 'review', score: 2, weight: 2 },
      { dimension: 'data', score: 3, weight: 1 },
    ]);
  });

  it('leaves out dimensions without a score instead of counting them as zero', () => {
    expect(overall({ 'data.quality': 3 }).score).toBe(3);
  });

  it('lowers the confidence for dimensions nothing was known about', () => {
    // data confidence 1 (weight 1); ownership 0 (1); review 0 (2): 1 / 4
    expect(overall({ 'data.quality': 3 }).confidence).toBeCloseTo(0.25);
  });

  it('leaves out-of-scope dimensions out of the score and the confidence', () => {
    const result = overall({ 'data.quality': 1, 'review.timing': 5, 'review.regulated': 5 }, [
      'review',
      'ownership',
    ]);
    expect(result).toMatchObject({ score: 1, confidence: 1 });
  });

  it('has no score and no level when nothing is answered', () => {
    expect(overall({})).toEqual({
      score: null,
      weakest: null,
      level: null,
      levelName: null,
      confidence: 0,
      drivers: [],
    });
  });

  it('names the weakest in-scope dimension, out-of-scope ones left out', () => {
    const answers = { 'ownership.named': 2, 'review.timing': 1, 'data.quality': 3 } as const;
    expect(overall(answers).weakest).toBe('review');
    expect(overall(answers, ['review']).weakest).toBe('ownership');
  });

  it('breaks a tie on the weakest by the larger gap to the target', () => {
    // ownership and review both 2; review's target is 4, ownership's 3
    expect(overall({ 'ownership.named': 2, 'review.timing': 2 }).weakest).toBe('review');
  });
});

import { describe, expect, it } from 'vitest';
import { buildModel } from '../testing/fixtures';
import { computeQuartiles, measureSpread, spreadQuestions } from './question-spread';

describe('computeQuartiles (Tukey’s hinges)', () => {
  it('takes the medians of the lower and upper halves: 1, 1, 5, 5 gives 1 and 5', () => {
    expect(computeQuartiles([5, 1, 5, 1])).toEqual({ q1: 1, q3: 5 });
  });

  it('puts the middle of an odd count in both halves: 2, 3, 4 gives 2.5 and 3.5', () => {
    expect(computeQuartiles([2, 3, 4])).toEqual({ q1: 2.5, q3: 3.5 });
    expect(computeQuartiles([1, 2, 3, 4, 5])).toEqual({ q1: 2, q3: 4 });
  });

  it('gives one number as both its quartiles, and nothing for no numbers', () => {
    expect(computeQuartiles([3])).toEqual({ q1: 3, q3: 3 });
    expect(computeQuartiles([])).toBeNull();
  });
});

describe('measureSpread', () => {
  it('calls 1, 1, 5, 5 divided: an interquartile range of 4 around a median of 3', () => {
    expect(measureSpread([1, 1, 5, 5])).toEqual({
      answered: 4,
      unknown: 0,
      median: 3,
      q1: 1,
      q3: 5,
      iqr: 4,
      divided: true,
    });
  });

  it('calls a range of exactly 2 divided, and one of 1 not', () => {
    expect(measureSpread([2, 2, 4, 4]).divided).toBe(true);
    expect(measureSpread([2, 3, 3, 4]).divided).toBe(false);
    expect(measureSpread([2, 3, 4]).divided).toBe(false);
  });

  it('leaves "don’t know" out of the figures and counts it apart', () => {
    expect(measureSpread([3, 'unknown', 'unknown'])).toMatchObject({
      answered: 1,
      unknown: 2,
      median: 3,
      iqr: 0,
      divided: false,
    });
    expect(measureSpread(['unknown'])).toMatchObject({ median: null, iqr: null, divided: false });
  });
});

describe('spreadQuestions', () => {
  const model = buildModel();
  const responses = [
    { maturity: { 'review.timing': 1, 'ownership.named': 3 } },
    { maturity: { 'review.timing': 1, 'ownership.named': 3, 'data.quality': 1 } },
    { maturity: { 'review.timing': 5, 'ownership.named': 4, 'data.quality': 5 } },
    { maturity: { 'review.timing': 5, 'ownership.named': 'unknown' as const } },
  ];

  it('lists the divided questions in model order, with every answered question’s spread', () => {
    const result = spreadQuestions(model, responses, new Set());
    expect(result.dividedQuestions).toEqual(['review.timing', 'data.quality']);
    expect(Object.keys(result.questions)).toEqual([
      'ownership.named',
      'review.timing',
      'data.quality',
    ]);
    expect(result.questions['ownership.named']).toMatchObject({
      answered: 3,
      unknown: 1,
      divided: false,
    });
  });

  it('leaves out questions of out-of-scope dimensions', () => {
    const result = spreadQuestions(model, responses, new Set(['review']));
    expect(result.dividedQuestions).toEqual(['data.quality']);
    expect(result.questions['review.timing']).toBeUndefined();
  });
});

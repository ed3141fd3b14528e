import { describe, expect, it } from 'vitest';
import { buildAssessment, buildModel } from '../testing/fixtures';
import { resolveMaturityAnswers } from './resolve-maturity';
import { scoreDimensions, weighDimension } from './score-dimensions';

const model = buildModel();
const score = (
  maturity: Record<string, 1 | 2 | 3 | 4 | 5 | 'unknown'>,
  outOfScope: string[] = [],
) =>
  scoreDimensions(
    model,
    resolveMaturityAnswers(model, buildAssessment({ maturity })),
    new Set(outOfScope),
    'banking',
    { ownership: 3, review: 4, data: 3 },
  );

describe('weighDimension', () => {
  it('uses the sector weight, and 1 for a dimension the sector does not list', () => {
    expect(weighDimension(model, 'banking', 'review')).toBe(2);
    expect(weighDimension(model, 'banking', 'data')).toBe(1);
    expect(weighDimension(model, 'telecom', 'review')).toBe(1);
  });
});

describe('scoreDimensions', () => {
  it('scores a dimension as the mean of its answered questions', () => {
    const ownership = score({ 'ownership.named': 2, 'ownership.charter': 3 })['ownership'];
    expect(ownership).toMatchObject({ score: 2.5, level: 2, confidence: 1, asked: 2, answered: 2 });
    expect(ownership?.levelName?.en).toBe('Reactive');
  });

  it('does not score "don’t know" but lowers the confidence', () => {
    const ownership = score({ 'ownership.named': 4, 'ownership.charter': 'unknown' })['ownership'];
    expect(ownership).toMatchObject({ score: 4, confidence: 0.5, unknown: 1 });
  });

  it('counts an unanswered question as asked but not answered', () => {
    expect(score({ 'ownership.named': 4 })['ownership']).toMatchObject({
      score: 4,
      confidence: 0.5,
      unknown: 0,
    });
  });

  it('gives no score and no level when nothing is answered', () => {
    expect(score({ 'ownership.named': 'unknown' })['ownership']).toMatchObject({
      score: null,
      level: null,
      confidence: 0,
    });
  });

  it('excludes an out-of-scope dimension instead of scoring it', () => {
    const data = score({ 'data.quality': 1 }, ['data'])['data'];
    expect(data).toMatchObject({ score: null, inScope: false, asked: 0, drivers: [] });
  });

  it('lists the answers behind a score as drivers', () => {
    expect(score({ 'review.timing': 2, 'review.regulated': 'unknown' })['review']?.drivers).toEqual(
      [
        { question: 'review.timing', answer: 2, source: 'consensus' },
        { question: 'review.regulated', answer: 'unknown', source: 'consensus' },
      ],
    );
  });
});

describe('targets and gaps', () => {
  it('gives each in-scope dimension its target and the gap from its score', () => {
    const result = score({ 'ownership.named': 2, 'ownership.charter': 3, 'review.timing': 5 });
    expect(result['ownership']).toMatchObject({ target: 3, gap: 0.5 });
    expect(result['review']).toMatchObject({ target: 4, gap: -1 });
  });

  it('has no gap without a score or out of scope', () => {
    const result = score({ 'review.timing': 2 }, ['review']);
    expect(result['data']).toMatchObject({ target: 3, gap: null });
    expect(result['review']).toMatchObject({ inScope: false, gap: null });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  flagPoints,
  likelihoodFromMaturity,
  measureStageMaturity,
  rateLikelihood,
  readLikelihoodWeights,
  type StageActivity,
  type StageMaturity,
} from './likelihood';
import shipped from '../../../data/risk.json';
import { TEST_RISK } from './test-model';

const dim = (score: number | null, inScope = true) => ({
  score,
  confidence: score === null ? 0 : 1,
  inScope,
});

const weights = readLikelihoodWeights(TEST_RISK);
const level = (maturity: number): StageMaturity => ({
  maturity,
  scored: [{ dimension: 'review', score: maturity }],
  unknown: [],
});
const act = (id: string, ...flags: StageActivity['flags']): StageActivity => ({
  id,
  flags,
  status: 'answered',
});
const rate = (maturity: StageMaturity, activities: StageActivity[]) =>
  rateLikelihood('review', maturity, activities, weights);

describe('measureStageMaturity', () => {
  it('averages the mapped dimensions that have a score', () => {
    const m = measureStageMaturity(['review', 'ownership'], { review: dim(2), ownership: dim(3) });
    expect(m).toEqual({
      maturity: 2.5,
      scored: [
        { dimension: 'review', score: 2 },
        { dimension: 'ownership', score: 3 },
      ],
      unknown: [],
    });
  });

  it('leaves a dimension without a score out of the mean and lists it as unknown', () => {
    const m = measureStageMaturity(['feedback', 'responsiveness'], {
      feedback: dim(4),
      responsiveness: dim(null),
    });
    expect(m.maturity).toBe(4);
    expect(m.unknown).toEqual(['responsiveness']);
  });

  it('ignores an out-of-scope dimension entirely', () => {
    const m = measureStageMaturity(['review', 'ownership'], {
      review: dim(1),
      ownership: dim(null, false),
    });
    expect(m).toEqual({ maturity: 1, scored: [{ dimension: 'review', score: 1 }], unknown: [] });
  });

  it('has no maturity, not level 2, when every mapped dimension is out of scope', () => {
    const m = measureStageMaturity(['review'], { review: dim(null, false) });
    expect(m).toEqual({ maturity: null, scored: [], unknown: [] });
  });

  it('counts a dimension the analysis does not have as unknown', () => {
    expect(measureStageMaturity(['data'], {})).toEqual({
      maturity: null,
      scored: [],
      unknown: ['data'],
    });
  });
});

describe('likelihoodFromMaturity', () => {
  it('runs from 4 at level 1 down to 1 at level 5, 0.75 a level', () => {
    expect([1, 2, 3, 4, 5].map(likelihoodFromMaturity)).toEqual([4, 3.25, 2.5, 1.75, 1]);
  });

  it('is continuous: maturity 2.2 and 2.4 give different likelihoods, neither rounded', () => {
    expect(likelihoodFromMaturity(2.2)).toBeCloseTo(3.1);
    expect(likelihoodFromMaturity(2.4)).toBeCloseTo(2.95);
  });

  it('keeps the maturity within 1–5, so the likelihood stays within 1–4', () => {
    expect(likelihoodFromMaturity(0)).toBe(4);
    expect(likelihoodFromMaturity(7)).toBe(1);
  });

  it('never rises when the maturity does', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.double({ min: 1, max: 5, noNaN: true }),
        (a, b) => {
          const [low, high] = a < b ? [a, b] : [b, a];
          expect(likelihoodFromMaturity(high)).toBeLessThanOrEqual(likelihoodFromMaturity(low));
        },
      ),
    );
  });
});

describe('readLikelihoodWeights', () => {
  it('lists the weighted flags in catalogue order, leaving out the ones the model does not weigh', () => {
    expect(readLikelihoodWeights(TEST_RISK).map(([flag]) => flag)).toEqual([
      'orphaned',
      'contested',
      'no-doer',
      'blind-spot',
      'reactive-control',
      'perception-gap',
    ]);
  });

  it('weighs nothing when the model sets no weights', () => {
    expect(readLikelihoodWeights({})).toEqual([]);
  });
});

describe('flagPoints', () => {
  it('adds the weight times the share of the activities flagged: orphaned on 2 of 3 adds 0.67', () => {
    expect(flagPoints(1, 2, 3)).toBeCloseTo(0.667, 3);
    expect(flagPoints(0.75, 3, 3)).toBe(0.75);
  });
});

describe('rateLikelihood', () => {
  it('takes likelihood 2.5 from maturity 3 with no flags', () => {
    const r = rate(level(3), [act('review.approve')]);
    expect(r.likelihood).toBe(2.5);
    expect(r.factors).toEqual([
      {
        kind: 'maturity',
        part: 'likelihood',
        maturity: 3,
        dimensions: [{ dimension: 'review', score: 3 }],
        unknownDimensions: [],
        points: 2.5,
      },
    ]);
  });

  it('adds a flag by the share of the stage’s activities it is on, naming them', () => {
    const r = rate(level(4), [
      act('review.approve', 'orphaned', 'reactive-control'),
      act('review.periodic', 'orphaned', 'diffuse'),
      act('review.regulatory'),
      act('review.other', 'orphaned'),
    ]);
    expect(r.likelihood).toBe(1.75 + 0.75 + 0.1875);
    expect(r.factors.slice(1)).toEqual([
      {
        kind: 'flag',
        part: 'likelihood',
        flag: 'orphaned',
        activities: ['review.approve', 'review.periodic', 'review.other'],
        inScope: 4,
        weight: 1,
        points: 0.75,
      },
      {
        kind: 'flag',
        part: 'likelihood',
        flag: 'reactive-control',
        activities: ['review.approve'],
        inScope: 4,
        weight: 0.75,
        points: 0.1875,
      },
    ]);
  });

  it('rates a stage orphaned everywhere above one owned everywhere at the same level', () => {
    const owned = rate(level(1), [act('review.approve'), act('review.periodic')]);
    const orphaned = rate(level(1), [
      act('review.approve', 'orphaned'),
      act('review.periodic', 'orphaned'),
    ]);
    expect(owned.likelihood).toBe(4);
    expect(orphaned.likelihood).toBe(5);
  });

  it('raises likelihood for blind spots and activities with no doer too', () => {
    const r = rate(level(3), [
      act('review.approve', 'blind-spot'),
      act('review.periodic', 'no-doer'),
    ]);
    expect(r.likelihood).toBe(2.5 + 0.25 + 0.25);
  });

  it('ignores flags the model does not weigh, such as diffuse and remote owner', () => {
    const r = rate(level(3), [
      act('review.approve', 'diffuse', 'remote-owner', 'consultation-drag'),
    ]);
    expect(r.likelihood).toBe(2.5);
  });

  it('counts only in-scope activities in the share', () => {
    const r = rate(level(3), [
      act('review.approve', 'orphaned'),
      { id: 'review.periodic', flags: ['orphaned'], status: 'out-of-scope' },
    ]);
    expect(r.factors[1]).toMatchObject({ activities: ['review.approve'], inScope: 1, points: 1 });
  });

  it('caps at 5 and says by how much: level 1 (4) plus orphaned, no doer and contested everywhere', () => {
    const r = rate(level(1), [act('review.approve', 'orphaned', 'no-doer', 'contested')]);
    expect(r.likelihood).toBe(5);
    expect(r.factors.at(-1)).toEqual({
      kind: 'cap',
      part: 'likelihood',
      uncapped: 6.25,
      points: -1.25,
    });
  });

  it('has no likelihood with no known maturity, and says why and which flags the stage carries', () => {
    const r = rate({ maturity: null, scored: [], unknown: ['review'] }, [
      act('review.approve', 'orphaned'),
    ]);
    expect(r.likelihood).toBeNull();
    expect(r.factors.map((f) => f.kind)).toEqual(['unknown-maturity', 'flag']);
    expect(r.factors[0]).toEqual({
      kind: 'unknown-maturity',
      part: 'likelihood',
      stage: 'review',
      dimensions: ['review'],
      points: 0,
    });
  });
});

describe('the shipped flag weights (data/risk.json)', () => {
  const shippedWeights = readLikelihoodWeights(shipped.risk);
  const stage = (flags: StageActivity['flags']): StageActivity[] =>
    ['a', 'b', 'c'].map((id) => act(`review.${id}`, ...flags));
  const at = (maturity: number, flags: StageActivity['flags']) =>
    rateLikelihood('review', level(maturity), stage(flags), shippedWeights).likelihood ?? 0;

  it('rate a level-1 stage orphaned everywhere above one owned everywhere, which stays below the cap', () => {
    expect(at(1, ['orphaned'])).toBeGreaterThan(at(1, []));
    expect(at(1, [])).toBeLessThan(5);
  });

  it('weigh orphaned most, and contested, no doer, blind spot, reactive control and perception gap too', () => {
    const weights = new Map(shippedWeights);
    for (const flag of [
      'contested',
      'no-doer',
      'blind-spot',
      'reactive-control',
      'perception-gap',
    ] as const) {
      expect(weights.get(flag)).toBeGreaterThan(0);
      expect(weights.get(flag)).toBeLessThan(weights.get('orphaned') ?? 0);
    }
  });
});

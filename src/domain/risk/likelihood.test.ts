import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { likelihoodFromMaturity, measureStageMaturity, rateLikelihood } from './likelihood';

const dim = (score: number | null, inScope = true) => ({
  score,
  confidence: score === null ? 0 : 1,
  inScope,
});

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

  it('counts a dimension the analysis does not have as unknown', () => {
    expect(measureStageMaturity(['data'], {})).toEqual({
      maturity: null,
      scored: [],
      unknown: ['data'],
    });
  });
});

describe('likelihoodFromMaturity', () => {
  it('is 6 minus the maturity for whole levels', () => {
    expect([1, 2, 3, 4, 5].map(likelihoodFromMaturity)).toEqual([5, 4, 3, 2, 1]);
  });

  it('rounds halves up: maturity 2.5 gives likelihood 4 and 3.5 gives 3', () => {
    expect(likelihoodFromMaturity(2.5)).toBe(4);
    expect(likelihoodFromMaturity(3.5)).toBe(3);
  });

  it('rounds maturity 2.2 to likelihood 4 and 2.8 to likelihood 3', () => {
    expect(likelihoodFromMaturity(2.2)).toBe(4);
    expect(likelihoodFromMaturity(2.8)).toBe(3);
  });

  it('rounds a mean a hair below a half like the half itself', () => {
    expect(likelihoodFromMaturity(2.5000000001)).toBe(4);
    expect(likelihoodFromMaturity((2.1 + 2.9 + 2.5) / 3)).toBe(4);
  });

  // The definition, with the string round trip on every call: the fast path must agree with it.
  const reference = (maturity: number): number =>
    Math.min(5, Math.max(1, Math.floor(Number((6 - maturity).toFixed(9)) + 0.5)));

  it('gives exactly what rounding to 9 places first gives, for any number', () => {
    fc.assert(
      fc.property(fc.double(), (m) => {
        expect(likelihoodFromMaturity(m)).toBe(reference(m));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives exactly what rounding to 9 places first gives, next to every half', () => {
    const nearHalf = fc
      .tuple(
        fc.integer({ min: -2, max: 8 }),
        fc.integer({ min: -3000, max: 3000 }),
        fc.constantFrom(1e-12, 1e-10, 1e-9, 1e-8, 1e-7),
      )
      .map(([whole, steps, size]) => whole + 0.5 + steps * size);
    fc.assert(
      fc.property(nearHalf, (m) => {
        expect(likelihoodFromMaturity(m)).toBe(reference(m));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives exactly what rounding to 9 places first gives, for means of scores', () => {
    const score = fc.integer({ min: 2, max: 10 }).map((n) => n / 2);
    const mean = fc
      .array(fc.oneof(score, fc.double({ min: 1, max: 5, noNaN: true })), {
        minLength: 1,
        maxLength: 6,
      })
      .map((xs) => xs.reduce((s, x) => s + x, 0) / xs.length);
    fc.assert(
      fc.property(mean, (m) => {
        expect(likelihoodFromMaturity(m)).toBe(reference(m));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('rateLikelihood', () => {
  it('takes likelihood 3 from maturity 3 with no flags', () => {
    const r = rateLikelihood(
      'review',
      { maturity: 3, scored: [{ dimension: 'review', score: 3 }], unknown: [] },
      [],
    );
    expect(r.likelihood).toBe(3);
    expect(r.factors).toEqual([
      {
        kind: 'maturity',
        part: 'likelihood',
        maturity: 3,
        dimensions: [{ dimension: 'review', score: 3 }],
        unknownDimensions: [],
        points: 3,
      },
    ]);
  });

  it('counts unknown maturity as level 2 and says so', () => {
    const r = rateLikelihood(
      'data',
      { maturity: null, scored: [], unknown: ['data', 'ownership'] },
      [],
    );
    expect(r.likelihood).toBe(4);
    expect(r.factors[0]).toEqual({
      kind: 'unknown-maturity',
      part: 'likelihood',
      stage: 'data',
      dimensions: ['data', 'ownership'],
      assumedLevel: 2,
      points: 4,
    });
  });

  it('adds one per flag kind, not per flagged activity, naming the activities', () => {
    const r = rateLikelihood(
      'review',
      { maturity: 4, scored: [{ dimension: 'review', score: 4 }], unknown: [] },
      [
        { id: 'review.approve', flags: ['orphaned', 'reactive-control'] },
        { id: 'review.periodic', flags: ['orphaned', 'diffuse'] },
      ],
    );
    expect(r.likelihood).toBe(4);
    expect(r.factors.slice(1)).toEqual([
      {
        kind: 'flag',
        part: 'likelihood',
        flag: 'orphaned',
        activities: ['review.approve', 'review.periodic'],
        points: 1,
      },
      {
        kind: 'flag',
        part: 'likelihood',
        flag: 'reactive-control',
        activities: ['review.approve'],
        points: 1,
      },
    ]);
  });

  it('ignores flags that do not raise likelihood, such as diffuse and blind spot', () => {
    const r = rateLikelihood(
      'content',
      { maturity: 3, scored: [{ dimension: 'content', score: 3 }], unknown: [] },
      [{ id: 'content.author', flags: ['diffuse', 'blind-spot', 'remote-owner'] }],
    );
    expect(r.likelihood).toBe(3);
  });

  it('caps at 5: maturity 1.5 (5) plus contested and perception gap would be 7', () => {
    const r = rateLikelihood(
      'triggers',
      { maturity: 1.5, scored: [{ dimension: 'triggers', score: 1.5 }], unknown: [] },
      [{ id: 'triggers.define', flags: ['contested', 'perception-gap'] }],
    );
    expect(r.likelihood).toBe(5);
    expect(r.factors.at(-1)).toEqual({ kind: 'cap', part: 'likelihood', uncapped: 7, points: -2 });
  });
});

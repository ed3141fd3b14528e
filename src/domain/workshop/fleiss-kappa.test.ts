import { describe, expect, it } from 'vitest';
import { computeFleissKappa } from './fleiss-kappa';

describe('computeFleissKappa', () => {
  it('gives 0.210 on the textbook table (Fleiss 1971, as worked on Wikipedia: 10 subjects, 14 raters)', () => {
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    expect(computeFleissKappa(table)).toBeCloseTo(0.20993, 4);
  });

  it('gives 1 when raters agree perfectly across several categories', () => {
    expect(
      computeFleissKappa([
        [3, 0],
        [0, 3],
      ]),
    ).toBe(1);
  });

  it('gives 1 when every rating falls in one category', () => {
    expect(computeFleissKappa([[4], [4]])).toBe(1);
  });

  it('goes below zero when raters disagree more than chance', () => {
    expect(
      computeFleissKappa([
        [1, 1],
        [1, 1],
      ]),
    ).toBeCloseTo(-1);
  });

  it('reads a missing category in a sparse row as no rating', () => {
    const sparse: number[][] = [[3], Object.assign([], { 1: 3 }), Object.assign([], { 2: 1 })];
    expect(computeFleissKappa(sparse)).toBe(1);
  });

  it('skips subjects with fewer than two raters', () => {
    expect(
      computeFleissKappa([
        [3, 0],
        [0, 3],
        [0, 1],
      ]),
    ).toBe(1);
  });

  it('is null when no subject has two raters', () => {
    expect(
      computeFleissKappa([
        [1, 0],
        [0, 0],
      ]),
    ).toBeNull();
    expect(computeFleissKappa([])).toBeNull();
  });

  it('can fall below -1 when subjects have uneven numbers of raters (the formula, not clamped)', () => {
    // Five raters agree on one subject, two disagree on another: observed agreement is
    // (1 + 0) / 2 = 0.5 and chance agreement (6/7)² + (1/7)² = 37/49, so kappa is
    // (0.5 − 37/49) / (1 − 37/49) = −12.5 / 12.
    expect(
      computeFleissKappa([
        [5, 0],
        [1, 1],
      ]),
    ).toBeCloseTo(-12.5 / 12, 12);
  });
});

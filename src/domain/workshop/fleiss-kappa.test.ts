import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFleissKappa as computeSparse, type KappaRow } from './fleiss-kappa';

/** Rows of a dense subjects × categories table, as the sparse rows kappa reads. */
const sparseRows = (table: readonly (readonly number[])[]): KappaRow[] =>
  table.map((row) => new Map(row.flatMap((count, j) => (count ? [[String(j), count]] : []))));

const computeFleissKappa = (table: readonly (readonly number[])[]): number | null =>
  computeSparse(sparseRows(table));

/** The textbook formula over a dense table: what the sparse version must agree with. */
function denseKappa(table: readonly (readonly number[])[]): number | null {
  const rows = table.filter((row) => row.reduce((a, b) => a + b, 0) >= 2);
  if (rows.length === 0) return null;
  const width = Math.max(...rows.map((row) => row.length));
  const total = rows.flat().reduce((a, b) => a + b, 0);
  const p = Array.from(
    { length: width },
    (_, j) => rows.reduce((sum, row) => sum + (row[j] ?? 0), 0) / total,
  );
  const agreement = rows.map((row) => {
    const n = row.reduce((a, b) => a + b, 0);
    return (row.reduce((s, c) => s + c * c, 0) - n) / (n * (n - 1));
  });
  const observed = agreement.reduce((a, b) => a + b, 0) / rows.length;
  const expected = p.reduce((s, x) => s + x * x, 0);
  return expected >= 1 ? 1 : (observed - expected) / (1 - expected);
}

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

  it('reads a category a row does not name as no rating', () => {
    const rows = [new Map([['a', 3]]), new Map([['b', 3]]), new Map([['c', 1]])];
    expect(computeSparse(rows)).toBe(1);
  });

  it('agrees with the textbook formula over the dense table, whatever the counts', () => {
    const table = fc.array(fc.array(fc.nat(6), { minLength: 1, maxLength: 8 }), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(table, (rows) => {
        const sparse = computeFleissKappa(rows);
        const dense = denseKappa(rows);
        if (dense === null) expect(sparse).toBeNull();
        else expect(sparse).toBeCloseTo(dense, 9);
      }),
    );
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

import { describe, expect, it } from 'vitest';
import { placeMatrixTip } from './place-matrix-tip';

const layout = { width: 1000, height: 1000, flags: { x: 200, width: 60, cx: 230 } };
const cell = (x: number) => ({
  team: 't',
  col: 1,
  x,
  width: 50,
  cx: x + 25,
  letters: [],
  slots: [],
});
const row = (y: number) => ({ y, height: 30, cells: [cell(300), cell(900)] });
const wide = { width: 1000, scrolled: 0 };

describe('placing the matrix’s explanation', () => {
  it('opens below a row in the upper part of the matrix, starting at the cell', () => {
    expect(placeMatrixTip(layout, row(100), 1, wide, false)).toEqual({
      start: 292,
      width: 336,
      top: 134,
      bottom: undefined,
    });
  });

  it('opens above a row in the lower part, so it stays inside the matrix', () => {
    const place = placeMatrixTip(layout, row(800), 1, wide, false);
    expect(place).toMatchObject({ top: undefined, bottom: 204 });
  });

  it('keeps the whole panel inside the matrix at the far end', () => {
    const place = placeMatrixTip(layout, row(100), 2, wide, false);
    expect((place?.start ?? 0) + (place?.width ?? 0)).toBeLessThanOrEqual(1000 - 4);
  });

  it('stays in the part scrolled into view on a phone', () => {
    const place = placeMatrixTip(layout, row(100), 2, { width: 360, scrolled: 500 }, false);
    expect(place?.start).toBeGreaterThanOrEqual(504);
    expect((place?.start ?? 0) + (place?.width ?? 0)).toBeLessThanOrEqual(860 - 4);
  });

  it('counts from the right in right-to-left pages', () => {
    const flags = { x: 700, width: 60, cx: 730 };
    const place = placeMatrixTip({ ...layout, flags }, row(100), 0, wide, true);
    expect(place?.start).toBe(1000 - 700 - 60 - 8);
  });

  it('has no place for a column the row does not have', () => {
    expect(placeMatrixTip(layout, row(100), 5, wide, false)).toBeNull();
  });
});

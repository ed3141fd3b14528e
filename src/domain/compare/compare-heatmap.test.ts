import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { loadExample, loadShippedModel } from '../roadmap/shipped-model';
import { compareHeatmaps } from './compare-heatmap';

const model = loadShippedModel();
const bank = loadExample('bank');
// The bank a quarter later, reviewing messages before they are sent.
const next = structuredClone(bank);
next.period = '2026-Q4';
next.maturity['review.timing'] = 4;
next.maturity['review.sign-off'] = 4;
const q3 = analyse(model, bank);
const q4 = analyse(model, next);

describe('compareHeatmaps', () => {
  it('finds every cell the same when a quarter is compared with itself', () => {
    const cells = Object.values(compareHeatmaps(q3.heatmap, q3.heatmap)).flatMap(Object.values);
    expect(cells.length).toBeGreaterThan(0);
    expect(new Set(cells.map((c) => c.trend))).toEqual(new Set(['same']));
  });

  it('calls a cell better when its risk score falls, worse when it rises', () => {
    const diff = compareHeatmaps(q3.heatmap, q4.heatmap);
    const cells = Object.values(diff).flatMap(Object.values);
    for (const cell of cells) {
      if (cell.trend === 'better') expect(cell.to!).toBeLessThan(cell.from!);
      if (cell.trend === 'worse') expect(cell.to!).toBeGreaterThan(cell.from!);
    }
    // The bank reviews before sending in Q4: its review cells' risk falls.
    expect(Object.values(diff['review'] ?? {}).some((c) => c.trend === 'better')).toBe(true);
    const back = compareHeatmaps(q4.heatmap, q3.heatmap);
    expect(Object.values(back['review'] ?? {}).some((c) => c.trend === 'worse')).toBe(true);
  });

  it('does not compare a cell that is out of scope or unknown in either quarter', () => {
    const stage = Object.keys(q3.heatmap)[0]!;
    const emptied = {
      ...q3.heatmap,
      [stage]: Object.fromEntries(
        Object.entries(q3.heatmap[stage]!).map(([k, c]) => [k, { ...c, score: null }]),
      ),
    } as typeof q3.heatmap;
    const row = compareHeatmaps(emptied, q3.heatmap)[stage]!;
    expect(Object.values(row).map((c) => c.trend)).toEqual(
      Object.values(row).map(() => 'not-comparable'),
    );
  });
});

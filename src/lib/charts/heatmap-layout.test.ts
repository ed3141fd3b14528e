import { describe, expect, it } from 'vitest';
import type { Heatmap, HeatmapCell } from '../../domain/risk/heatmap';
import { RISK_CATEGORIES } from '../../domain/schemas/model';
import { layoutHeatmap, type HeatmapLayoutInput } from './heatmap-layout';

function scored(score: number, unanswered = 0): HeatmapCell {
  const band = score >= 17 ? 'critical' : score >= 10 ? 'high' : score >= 5 ? 'medium' : 'low';
  return {
    outOfScope: false,
    unknown: false,
    likelihood: 5,
    impact: score / 5,
    score,
    band,
    drivers: [],
    unanswered,
  };
}
const UNRATED: HeatmapCell = {
  outOfScope: false,
  unknown: true,
  likelihood: null,
  impact: 4,
  score: null,
  band: null,
  drivers: [],
  unanswered: 1,
};
const OUT: HeatmapCell = {
  outOfScope: true,
  likelihood: null,
  impact: null,
  score: null,
  band: null,
  drivers: [],
  unanswered: null,
};
const row = (cell: HeatmapCell) => ({
  operational: cell,
  regulatory: cell,
  reputational: cell,
  customer: cell,
});

const heatmap: Heatmap = {
  data: row(scored(20)),
  review: row(OUT),
  feedback: row(scored(10, 0.75)),
  incidents: row(UNRATED),
};
const input: HeatmapLayoutInput = {
  heatmap,
  stages: [
    { id: 'data', name: 'Data' },
    { id: 'review', name: 'Review' },
    { id: 'feedback', name: 'Feedback' },
    { id: 'incidents', name: 'Incidents' },
  ],
  categories: RISK_CATEGORIES.map((id) => ({ id, label: `${id} risk` })),
  bandLabels: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
  unknownLabel: 'mostly unknown',
  unratedLabel: 'Unknown',
  width: 600,
  rtl: false,
  compact: false,
};

describe('laying out the risk heatmap', () => {
  it('puts the stage labels at the inline start and the four categories after them, in order', () => {
    const layout = layoutHeatmap(input);
    const xs = layout.columns.map((c) => c.x);
    expect(layout.columns.map((c) => c.category)).toEqual([...RISK_CATEGORIES]);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(layout.rows[0]?.labelX).toBeLessThan(xs[0] ?? 0);
  });

  it('mirrors every column in right-to-left pages', () => {
    const ltr = layoutHeatmap(input);
    const rtl = layoutHeatmap({ ...input, rtl: true });
    rtl.columns.forEach((column, i) => {
      const mirror = ltr.columns[i];
      expect(column.x).toBeCloseTo(rtl.width - (mirror?.x ?? 0) - (mirror?.width ?? 0));
    });
    expect(rtl.rows[0]?.labelX).toBeGreaterThan(rtl.columns[0]?.x ?? 0);
  });

  it('shows the score and band name of a known cell', () => {
    const cell = layoutHeatmap(input).rows[0]?.cells[0];
    expect(cell).toMatchObject({
      score: 20,
      band: 'critical',
      unknown: false,
      lines: ['Critical'],
    });
  });

  it('labels a mostly unanswered cell as unknown instead of naming its band', () => {
    const cell = layoutHeatmap(input).rows[2]?.cells[0];
    expect(cell).toMatchObject({ score: 10, unrated: false, unknown: true });
    expect(cell?.lines.join(' ')).toBe('mostly unknown');
  });

  it('draws an unrated cell as unknown, with no score and no band, but a focusable box', () => {
    const cell = layoutHeatmap(input).rows[3]?.cells[0];
    expect(cell).toMatchObject({
      score: null,
      band: null,
      impact: 4,
      unrated: true,
      unknown: true,
      lines: ['Unknown'],
      row: 2,
    });
  });

  it('gives an out-of-scope stage one grey band across the columns and no cell to focus', () => {
    const layout = layoutHeatmap(input);
    const review = layout.rows[1];
    expect(review).toMatchObject({ outOfScope: true, cells: [] });
    const first = layout.columns[0];
    const last = layout.columns[3];
    expect(review?.span?.x).toBe(first?.x);
    expect(review?.span?.width).toBeCloseTo((last?.x ?? 0) + (last?.width ?? 0) - (first?.x ?? 0));
  });

  it('numbers the scored rows for the keyboard, skipping out-of-scope stages', () => {
    const layout = layoutHeatmap(input);
    expect(layout.scoredRows).toBe(3);
    expect(layout.rows[2]?.cells.map((c) => [c.row, c.col])).toEqual([
      [1, 0],
      [1, 1],
      [1, 2],
      [1, 3],
    ]);
  });

  it('keeps every cell and its text inside a phone-sized box', () => {
    for (const compact of [false, true]) {
      const layout = layoutHeatmap({ ...input, width: 300, compact });
      for (const r of layout.rows) {
        for (const cell of r.cells) {
          expect(cell.x).toBeGreaterThanOrEqual(0);
          expect(cell.x + cell.width).toBeLessThanOrEqual(layout.width + 1e-9);
          expect(Math.max(...cell.lineYs)).toBeLessThan(cell.y + cell.height);
        }
      }
    }
  });
});

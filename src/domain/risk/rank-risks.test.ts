import { describe, expect, it } from 'vitest';
import { OUT_OF_SCOPE_CELL } from '../testing/fixtures';
import { bandOf } from './band';
import type { Heatmap, HeatmapCell } from './heatmap';
import { rankRisks } from './rank-risks';

const cell = (likelihood: number, impact: number): HeatmapCell => ({
  outOfScope: false,
  unknown: false,
  likelihood,
  impact,
  score: likelihood * impact,
  band: bandOf(likelihood * impact),
  drivers: [],
  unanswered: 0,
});
const unknown: HeatmapCell = {
  outOfScope: false,
  unknown: true,
  likelihood: null,
  impact: 5,
  score: null,
  band: null,
  drivers: [],
  unanswered: 1,
};
const row = (
  operational: HeatmapCell,
  regulatory: HeatmapCell,
  reputational: HeatmapCell,
  customer: HeatmapCell,
) => ({ operational, regulatory, reputational, customer });

const placed = (heatmap: Heatmap, stages: string[]) =>
  rankRisks(heatmap, stages).map((r) => `${r.rank} ${r.stage}.${r.category}`);

describe('rankRisks', () => {
  it('orders by the continuous score, so 4.6 × 5 ranks above 4.5 × 5 in an earlier stage', () => {
    const heatmap = {
      data: row(cell(4.5, 5), cell(1, 1), cell(1, 1), cell(1, 1)),
      review: row(cell(4.6, 5), cell(1, 2), cell(1, 1), cell(1, 1)),
    };
    expect(placed(heatmap, ['data', 'review']).slice(0, 3)).toEqual([
      '1 review.operational',
      '2 data.operational',
      '3 review.regulatory',
    ]);
  });

  it('breaks an equal score by likelihood, then by impact', () => {
    const heatmap = { data: row(cell(2, 5), cell(5, 2), cell(2.5, 4), cell(1, 1)) };
    expect(placed(heatmap, ['data'])).toEqual([
      '1 data.regulatory',
      '2 data.reputational',
      '3 data.operational',
      '4 data.customer',
    ]);
  });

  it('keeps lifecycle then column order only between cells equal in all three, which share a rank', () => {
    const heatmap = {
      data: row(cell(3, 4), cell(1, 1), cell(3, 4), cell(1, 1)),
      review: row(cell(3, 4), cell(4, 4), cell(1, 1), cell(1, 1)),
    };
    expect(placed(heatmap, ['review', 'data']).slice(0, 4)).toEqual([
      '1 review.regulatory',
      '2 review.operational',
      '2 data.operational',
      '2 data.reputational',
    ]);
  });

  it('leaves unknown and out-of-scope cells unranked', () => {
    const heatmap = {
      data: row(unknown, unknown, unknown, unknown),
      review: row(OUT_OF_SCOPE_CELL, OUT_OF_SCOPE_CELL, OUT_OF_SCOPE_CELL, OUT_OF_SCOPE_CELL),
      content: row(cell(2, 2), unknown, cell(1, 1), unknown),
    };
    expect(placed(heatmap, ['data', 'review', 'content'])).toEqual([
      '1 content.operational',
      '2 content.reputational',
    ]);
  });
});

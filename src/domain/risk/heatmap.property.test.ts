import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryHeatmapInput } from '../testing/arbitraries';
import { bandOf } from './band';
import { buildHeatmap, makeRiskTotal } from './heatmap';
import { buildRiskModel } from './test-model';

const model = buildRiskModel();

const inputArb = arbitraryHeatmapInput(model);

const reversed = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).reverse());

describe('buildHeatmap, for any answers and any profile', () => {
  it('gives every scored cell the band of its score, and a score of likelihood × impact', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const row of Object.values(buildHeatmap(input))) {
          for (const cell of Object.values(row)) {
            if (cell.outOfScope) continue;
            expect(cell.score).toBe(cell.likelihood * cell.impact);
            expect(cell.band).toBe(bandOf(cell.score));
          }
        }
      }),
    );
  });

  it('totals by the quick scorer exactly what the full heatmap sums', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const cells = Object.values(buildHeatmap(input)).flatMap((row) => Object.values(row));
        const sum = cells.reduce((s, c) => s + (c.score ?? 0), 0);
        expect(makeRiskTotal(input)(input)).toBe(sum);
      }),
    );
  });

  it('keeps every figure in range: ratings 1–5 whole, scores 1–25, unanswered 0–1', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const row of Object.values(buildHeatmap(input))) {
          for (const cell of Object.values(row)) {
            if (cell.outOfScope) continue;
            for (const rating of [cell.likelihood, cell.impact]) {
              expect(Number.isInteger(rating) && rating >= 1 && rating <= 5).toBe(true);
            }
            expect(cell.score >= 1 && cell.score <= 25).toBe(true);
            expect(cell.unanswered >= 0 && cell.unanswered <= 1).toBe(true);
          }
        }
      }),
    );
  });

  it('lists drivers whose points add up to the likelihood and the impact', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const row of Object.values(buildHeatmap(input))) {
          for (const cell of Object.values(row)) {
            if (cell.outOfScope) continue;
            const sum = (part: string): number =>
              cell.drivers.filter((d) => d.part === part).reduce((s, d) => s + d.points, 0);
            expect(sum('likelihood')).toBe(cell.likelihood);
            expect(sum('impact')).toBe(cell.impact);
          }
        }
      }),
    );
  });

  it('gives the same heatmap every time, whatever the order of the keys it is given', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const once = JSON.stringify(buildHeatmap(input));
        expect(JSON.stringify(buildHeatmap(input))).toBe(once);
        const shuffled = {
          ...input,
          dimensions: reversed(input.dimensions),
          activities: reversed(input.activities),
          assessment: {
            ...input.assessment,
            organisation: {
              ...input.assessment.organisation,
              channels: [...input.assessment.organisation.channels].reverse(),
            },
          },
        };
        expect(JSON.stringify(buildHeatmap(shuffled))).toBe(once);
      }),
    );
  });

  it('never lowers a score when a likelihood flag is added to every activity', () => {
    const flagArb = fc.constantFrom(
      'orphaned' as const,
      'contested' as const,
      'reactive-control' as const,
      'perception-gap' as const,
    );
    fc.assert(
      fc.property(inputArb, flagArb, (input, flag) => {
        const flagged = Object.fromEntries(
          model.activities.map((a) => {
            const state = input.activities[a.id] ?? { flags: [], status: 'unanswered' as const };
            return [a.id, { ...state, flags: [...state.flags, flag] }];
          }),
        );
        const before = buildHeatmap(input);
        const after = buildHeatmap({ ...input, activities: flagged });
        for (const stage of model.stages) {
          for (const category of [
            'operational',
            'regulatory',
            'reputational',
            'customer',
          ] as const) {
            expect(after[stage.id]?.[category].score ?? 0).toBeGreaterThanOrEqual(
              before[stage.id]?.[category].score ?? 0,
            );
          }
        }
      }),
    );
  });
});

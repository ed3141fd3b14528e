import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLAG_IDS, type FlagId } from '../schemas/flag';
import { arbitraryHeatmapInput } from '../testing/arbitraries';
import { bandOf } from './band';
import { buildHeatmap, makeRiskTotal, type HeatmapInput } from './heatmap';
import { buildRiskModel } from './test-model';

const model = buildRiskModel();

const inputArb = arbitraryHeatmapInput(model);

const reversed = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).reverse());

const cellsOf = (input: HeatmapInput) =>
  Object.values(buildHeatmap(input)).flatMap((row) => Object.values(row));

const total = (input: HeatmapInput): number => makeRiskTotal(input)(input);

/** The flags the test model weighs in likelihood. */
const likelihoodFlagArb = fc.constantFrom(
  ...FLAG_IDS.filter((flag) => (model.risk?.likelihoodFlags?.[flag] ?? 0) > 0),
);

/** The input with `flag` added to one activity's flags (answered when the activity had no state). */
function addFlag(input: HeatmapInput, activity: string, flag: FlagId): HeatmapInput {
  const state = input.activities[activity] ?? { flags: [], status: 'answered' as const };
  if (state.flags.includes(flag)) return input;
  return {
    ...input,
    activities: { ...input.activities, [activity]: { ...state, flags: [...state.flags, flag] } },
  };
}

describe('buildHeatmap, for any answers and any profile', () => {
  it('gives every scored cell the band of its score, and a score of likelihood × impact', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const cell of cellsOf(input)) {
          if (cell.outOfScope || cell.unknown) continue;
          expect(cell.score).toBe(cell.likelihood * cell.impact);
          expect(cell.band).toBe(bandOf(cell.score));
        }
      }),
    );
  });

  it('gives an unknown cell an impact but no likelihood, score or band', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const cell of cellsOf(input)) {
          if (cell.outOfScope || !cell.unknown) continue;
          expect([cell.likelihood, cell.score, cell.band]).toEqual([null, null, null]);
          expect(cell.impact).toBeGreaterThanOrEqual(1);
          expect(cell.drivers[0]?.kind).toBe('unknown-maturity');
        }
      }),
    );
  });

  it('totals by the quick scorer exactly what the full heatmap sums', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const sum = cellsOf(input).reduce((s, c) => s + (c.score ?? 0), 0);
        expect(total(input)).toBe(sum);
      }),
    );
  });

  it('keeps every figure in range: likelihood 1–5, impact 1–5 whole, score 1–25, unanswered 0–1', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const cell of cellsOf(input)) {
          if (cell.outOfScope) continue;
          expect(Number.isInteger(cell.impact) && cell.impact >= 1 && cell.impact <= 5).toBe(true);
          expect(cell.unanswered >= 0 && cell.unanswered <= 1).toBe(true);
          if (cell.unknown) continue;
          expect(cell.likelihood >= 1 && cell.likelihood <= 5).toBe(true);
          expect(cell.score >= 1 && cell.score <= 25).toBe(true);
        }
      }),
    );
  });

  it('lists drivers whose points add up to the likelihood and the impact', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const cell of cellsOf(input)) {
          if (cell.outOfScope || cell.unknown) continue;
          const sum = (part: string): number =>
            cell.drivers.filter((d) => d.part === part).reduce((s, d) => s + d.points, 0);
          expect(sum('likelihood')).toBeCloseTo(cell.likelihood, 9);
          expect(sum('impact')).toBe(cell.impact);
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

  it('never lowers a cell’s score, nor the total, when a likelihood flag is added to any activity', () => {
    const activityArb = fc.constantFrom(...model.activities.map((a) => a.id));
    fc.assert(
      fc.property(inputArb, activityArb, likelihoodFlagArb, (input, activity, flag) => {
        const flagged = addFlag(input, activity, flag);
        const before = cellsOf(input);
        const after = cellsOf(flagged);
        after.forEach((cell, i) => {
          expect(cell.score ?? 0).toBeGreaterThanOrEqual(before[i]?.score ?? 0);
        });
        expect(total(flagged)).toBeGreaterThanOrEqual(total(input));
      }),
    );
  });

  it('never raises the total when a dimension’s score rises', () => {
    const dimensionArb = fc.constantFrom(...model.dimensions.map((d) => d.id));
    const riseArb = fc.double({ min: 0, max: 4, noNaN: true });
    fc.assert(
      fc.property(inputArb, dimensionArb, riseArb, (input, id, rise) => {
        const state = input.dimensions[id];
        if (state?.score == null) return;
        const raised = {
          ...input,
          dimensions: {
            ...input.dimensions,
            [id]: { ...state, score: Math.min(5, state.score + rise) },
          },
        };
        expect(total(raised)).toBeLessThanOrEqual(total(input));
      }),
    );
  });
});

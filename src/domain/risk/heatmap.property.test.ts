import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, VOLUMES, type Organisation } from '../schemas/assessment';
import { FLAG_IDS } from '../schemas/flag';
import { SECTORS } from '../schemas/model';
import { buildAssessment } from '../testing/fixtures';
import { bandOf } from './band';
import { buildHeatmap, makeRiskTotal, type HeatmapInput } from './heatmap';
import { buildRiskModel } from './test-model';

const model = buildRiskModel();

const dimensionArb = fc.record({
  score: fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null }),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  inScope: fc.boolean(),
});

const activityArb = fc.record({
  flags: fc.subarray([...FLAG_IDS]),
  status: fc.constantFrom(
    'answered' as const,
    'unknown' as const,
    'unanswered' as const,
    'out-of-scope' as const,
  ),
});

const organisationArb: fc.Arbitrary<Organisation> = fc.record({
  name: fc.constant('Generated'),
  sector: fc.constantFrom(...SECTORS),
  regulated: fc.boolean(),
  channels: fc.subarray([...CHANNELS]),
  volume: fc.constantFrom(...VOLUMES),
  languages: fc.constant(['ar', 'en']),
});

const defined = <T>(record: Record<string, T | undefined>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter((e): e is [string, T] => e[1] !== undefined));

const inputArb: fc.Arbitrary<HeatmapInput> = fc
  .record({
    organisation: organisationArb,
    outOfScope: fc.subarray(model.stages.map((s) => s.id)),
    dimensions: fc.record(Object.fromEntries(model.dimensions.map((d) => [d.id, dimensionArb])), {
      requiredKeys: [],
    }),
    activities: fc.record(Object.fromEntries(model.activities.map((a) => [a.id, activityArb])), {
      requiredKeys: [],
    }),
  })
  .map(({ organisation, outOfScope, dimensions, activities }) => ({
    model,
    assessment: buildAssessment({
      organisation,
      outOfScope: { stages: outOfScope, dimensions: [] },
    }),
    dimensions: defined(dimensions),
    activities: defined(activities),
  }));

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

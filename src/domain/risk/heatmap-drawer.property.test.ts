import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLAG_IDS } from '../schemas/flag';
import { buildAssessment } from '../testing/fixtures';
import { buildHeatmap, makeHeatmapDrawer, type RiskState } from './heatmap';
import { buildRiskModel } from './test-model';

const model = buildRiskModel();

const defined = <T>(record: Record<string, T | undefined>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter((e): e is [string, T] => e[1] !== undefined));

const stateArb: fc.Arbitrary<RiskState> = fc
  .record({
    dimensions: fc.record(
      Object.fromEntries(
        model.dimensions.map((d) => [
          d.id,
          fc.record({
            score: fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null }),
            confidence: fc.double({ min: 0, max: 1, noNaN: true }),
            inScope: fc.boolean(),
          }),
        ]),
      ),
      { requiredKeys: [] },
    ),
    activities: fc.record(
      Object.fromEntries(
        model.activities.map((a) => [
          a.id,
          fc.record({
            flags: fc.subarray([...FLAG_IDS]),
            status: fc.constantFrom(
              'answered' as const,
              'unknown' as const,
              'unanswered' as const,
              'out-of-scope' as const,
            ),
          }),
        ]),
      ),
      { requiredKeys: [] },
    ),
  })
  .map(({ dimensions, activities }) => ({
    dimensions: defined(dimensions),
    activities: defined(activities),
  }));

const assessmentArb = fc
  .record({
    regulated: fc.boolean(),
    sector: fc.constantFrom('banking' as const, 'government' as const),
    outOfScope: fc.subarray(model.stages.map((s) => s.id)),
  })
  .map(({ regulated, sector, outOfScope }) =>
    buildAssessment({
      organisation: { ...buildAssessment().organisation, regulated, sector },
      outOfScope: { stages: outOfScope, dimensions: [] },
    }),
  );

describe('makeHeatmapDrawer, for any answers, profile and scope', () => {
  it('draws every state exactly as building the heatmap afresh does', () => {
    fc.assert(
      fc.property(
        assessmentArb,
        fc.array(stateArb, { minLength: 1, maxLength: 4 }),
        (a, states) => {
          const draw = makeHeatmapDrawer({ model, assessment: a });
          for (const state of states) {
            expect(JSON.stringify(draw(state))).toBe(
              JSON.stringify(buildHeatmap({ model, assessment: a, ...state })),
            );
          }
        },
      ),
    );
  });

  it('gives each heatmap cell drivers of its own, so editing one leaves the others as they were', () => {
    fc.assert(
      fc.property(assessmentArb, stateArb, (a, state) => {
        const draw = makeHeatmapDrawer({ model, assessment: a });
        const first = draw(state);
        const once = JSON.stringify(first);
        for (const row of Object.values(first)) {
          for (const cell of Object.values(row)) {
            for (const driver of cell.drivers) {
              driver.points = 99;
              driver.text.en = 'edited';
            }
          }
        }
        expect(JSON.stringify(draw(state))).toBe(once);
        expect(JSON.stringify(buildHeatmap({ model, assessment: a, ...state }))).toBe(once);
      }),
    );
  });
});

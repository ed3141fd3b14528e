import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RISK_CATEGORIES, type RiskCategory } from '../schemas/model';
import { arbitraryProfiledAssessment, arbitraryRiskState } from '../testing/arbitraries';
import { OUT_OF_SCOPE_CELL } from '../testing/fixtures';
import { bandOf } from './band';
import { describeRiskFactor, riskNamesOf } from './describe-factor';
import {
  buildHeatmap,
  makeHeatmapDrawer,
  type Heatmap,
  type HeatmapCell,
  type HeatmapInput,
} from './heatmap';
import { rateImpact } from './impact';
import { measureStageMaturity, rateLikelihood, readLikelihoodWeights } from './likelihood';
import { buildRiskModel, TEST_RISK } from './test-model';

// Review's base impacts of 5 let a profile trait push an impact past the cap.
const model = buildRiskModel({
  risk: {
    ...TEST_RISK,
    impact: {
      ...TEST_RISK.impact,
      review: { operational: 5, regulatory: 5, reputational: 5, customer: 5 },
    },
  },
});

const stateArb = arbitraryRiskState(model);
const assessmentArb = arbitraryProfiledAssessment(model);

/** The heatmap as first written: every factor rated and described afresh, drivers spread from it. */
function referenceHeatmap(input: HeatmapInput): Heatmap {
  const names = riskNamesOf(input.model);
  const risk = input.model.risk ?? TEST_RISK;
  const outOfScope = new Set(input.assessment.outOfScope?.stages ?? []);
  const heatmap: Heatmap = {};
  for (const stage of input.model.stages) {
    const row = {} as Record<RiskCategory, HeatmapCell>;
    const ids = input.model.activities.filter((a) => a.stage === stage.id).map((a) => a.id);
    const mapped = risk.stageDimensions[stage.id] ?? [];
    const maturity = measureStageMaturity(mapped, input.dimensions);
    const likelihood = rateLikelihood(
      stage.id,
      maturity,
      ids.map((id) => ({
        id,
        flags: input.activities[id]?.flags ?? [],
        status: input.activities[id]?.status ?? 'unanswered',
      })),
      readLikelihoodWeights(risk),
    );
    const gaps = mapped
      .filter((id) => input.dimensions[id]?.inScope ?? true)
      .map((id) => 1 - (input.dimensions[id]?.confidence ?? 0));
    for (const id of ids) {
      const status = input.activities[id]?.status ?? 'unanswered';
      if (status !== 'out-of-scope') gaps.push(status === 'answered' ? 0 : 1);
    }
    const unanswered = gaps.length === 0 ? 1 : gaps.reduce((s, g) => s + g, 0) / gaps.length;
    for (const category of RISK_CATEGORIES) {
      if (outOfScope.has(stage.id)) {
        row[category] = OUT_OF_SCOPE_CELL;
        continue;
      }
      const base = risk.impact[stage.id]?.[category] ?? 1;
      const { impact, factors } = rateImpact(
        stage.id,
        category,
        base,
        input.assessment.organisation,
      );
      const drivers = [...likelihood.factors, ...factors].map((f) => ({
        ...f,
        text: describeRiskFactor(f, names),
      }));
      const rated = likelihood.likelihood;
      row[category] =
        rated === null
          ? {
              outOfScope: false,
              unknown: true,
              likelihood: null,
              impact,
              score: null,
              band: null,
              drivers,
              unanswered,
            }
          : {
              outOfScope: false,
              unknown: false,
              likelihood: rated,
              impact,
              score: rated * impact,
              band: bandOf(rated * impact),
              drivers,
              unanswered,
            };
    }
    heatmap[stage.id] = row;
  }
  return heatmap;
}

describe('makeHeatmapDrawer, for any answers, profile and scope', () => {
  it('draws every state exactly as rating and describing each factor afresh does, key order included', () => {
    fc.assert(
      fc.property(
        assessmentArb,
        fc.array(stateArb, { minLength: 1, maxLength: 4 }),
        (a, states) => {
          const draw = makeHeatmapDrawer({ model, assessment: a });
          for (const state of states) {
            const expected = JSON.stringify(referenceHeatmap({ model, assessment: a, ...state }));
            expect(JSON.stringify(draw(state))).toBe(expected);
            expect(JSON.stringify(buildHeatmap({ model, assessment: a, ...state }))).toBe(expected);
          }
        },
      ),
      { numRuns: 300 },
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

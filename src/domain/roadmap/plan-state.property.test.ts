import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHeatmap, makeRiskTotal, type HeatmapInput } from '../risk/heatmap';
import { PHASES } from '../schemas/action';
import { FLAG_IDS } from '../schemas/flag';
import { arbitraryDimensionState, arbitraryHeatmapInput } from '../testing/arbitraries';
import { readActionLibrary } from './action-library';
import { applyActions, type RoadmapState } from './apply-actions';
import { planActions, type Planned } from './plan-actions';
import { makePlanScorer, type PlanAction } from './plan-state';
import { loadShippedModel } from './shipped-model';

const model = loadShippedModel();
const library = readActionLibrary(model);
const dimensionIds = model.dimensions.map((d) => d.id);

/**
 * Any answers (some dimensions and activities missing) over the shipped model, any profile and
 * scope; scores are often whole or half levels.
 */
const inputArb = arbitraryHeatmapInput(
  model,
  arbitraryDimensionState(
    fc.oneof(
      fc.double({ min: 1, max: 5, noNaN: true }),
      fc.integer({ min: 2, max: 10 }).map((n) => n / 2),
    ),
  ),
);

/** Library actions, and made-up ones with any raises (capping included) and resolved flags. */
const actionArb: fc.Arbitrary<PlanAction> = fc.oneof(
  fc.constantFrom(...library),
  fc.record({
    raises: fc.dictionary(
      fc.constantFrom(...dimensionIds),
      fc.double({ min: 0, max: 4, noNaN: true }),
    ),
    resolves: fc.subarray([...FLAG_IDS]),
  }),
);

const heatmapSum = (input: HeatmapInput, state: RoadmapState): number =>
  Object.values(buildHeatmap({ ...input, ...state }))
    .flatMap((row) => Object.values(row))
    .reduce((s, c) => s + (c.score ?? 0), 0);

describe('makePlanScorer, for any answers, profile, scope and actions', () => {
  it('scores every step exactly as the full heatmap sums the state applyActions reaches', () => {
    fc.assert(
      fc.property(inputArb, fc.array(actionArb, { maxLength: 10 }), (input, actions) => {
        const scorer = makePlanScorer(input, input);
        const total = makeRiskTotal(input);
        let full: RoadmapState = input;
        let compact = scorer.start;
        expect(scorer.risk(compact)).toBe(heatmapSum(input, full));
        for (const action of actions) {
          full = applyActions(full, [action]);
          compact = scorer.apply(compact, scorer.prepare(action));
          expect(scorer.risk(compact)).toBe(total(full));
          expect(scorer.risk(compact)).toBe(heatmapSum(input, full));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never changes the state it is given', () => {
    fc.assert(
      fc.property(inputArb, actionArb, (input, action) => {
        const scorer = makePlanScorer(input, input);
        const before = structuredClone(scorer.start);
        scorer.apply(scorer.start, scorer.prepare(action));
        expect(scorer.start).toEqual(before);
      }),
    );
  });
});

describe('applyActions, for any answers and actions', () => {
  it('reaches with all the actions at once the state it reaches applying them one by one', () => {
    fc.assert(
      fc.property(inputArb, fc.array(actionArb, { maxLength: 10 }), (input, actions) => {
        const today: RoadmapState = { dimensions: input.dimensions, activities: input.activities };
        const stepByStep = actions.reduce((state, a) => applyActions(state, [a]), today);
        expect(applyActions(today, actions)).toEqual(stepByStep);
      }),
      { numRuns: 200 },
    );
  });
});

describe('planActions over the shipped library with the plan state', () => {
  it('places, weighs and ranks every action as planning over full states does', () => {
    const itemsArb = fc
      .array(fc.boolean(), { minLength: library.length, maxLength: library.length })
      .map((done) =>
        library.map((action, i) => ({
          action,
          id: action.id,
          phase: action.phase,
          prerequisites: action.prerequisites,
          effort: action.effort,
          done: done[i] ?? false,
        })),
      );
    fc.assert(
      fc.property(inputArb, itemsArb, (input, items) => {
        const scorer = makePlanScorer(input, input);
        const total = makeRiskTotal(input);
        const compact = planActions(items, scorer.start, {
          apply: (state, item) => scorer.apply(state, scorer.prepare(item.action)),
          risk: scorer.risk,
        });
        const full = planActions<(typeof items)[number], RoadmapState>(items, input, {
          apply: (state, item) => applyActions(state, [item.action]),
          risk: total,
        });
        for (const phase of PHASES) {
          const placed = (p: { actions: Planned<(typeof items)[number]>[] }) =>
            p.actions.map((a) => [a.item.id, a.riskRemoved, a.priority]);
          expect(placed(compact[phase])).toEqual(placed(full[phase]));
          expect(scorer.risk(compact[phase].state)).toBe(total(full[phase].state));
        }
      }),
      { numRuns: 60 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandOf } from '../risk/band';
import { ACTION_STATUSES } from '../schemas/assessment';
import { FLAG_IDS } from '../schemas/flag';
import { arbitraryDimensionState, arbitraryOrganisation } from '../testing/arbitraries';
import { buildAssessment } from '../testing/fixtures';
import { buildRoadmap, type Roadmap, type RoadmapInput } from './build-roadmap';
import { loadShippedModel } from './shipped-model';

const model = loadShippedModel();
const teams = model.teams.map((t) => t.id);
const RUNS = { numRuns: 40 };

const dimensionArb = arbitraryDimensionState();

const activityArb = fc.record({
  flags: fc.subarray([...FLAG_IDS]),
  status: fc.constantFrom('answered' as const, 'unknown' as const, 'unanswered' as const),
  accountable: fc.subarray(teams, { maxLength: 3 }),
  responsible: fc.subarray(teams, { maxLength: 4 }),
  consulted: fc.subarray(teams, { maxLength: 3 }),
  informed: fc.subarray(teams, { maxLength: 2 }),
});

const organisationArb = arbitraryOrganisation({
  languages: fc.subarray(['ar', 'en', 'fr'], { minLength: 1 }),
});

const inputArb: fc.Arbitrary<RoadmapInput> = fc
  .record({
    organisation: organisationArb,
    outOfScope: fc.subarray(
      model.stages
        .map((s) => s.id)
        .filter((s) => !['data', 'triggers', 'content', 'review'].includes(s)),
    ),
    dimensions: fc.tuple(...model.dimensions.map(() => dimensionArb)),
    activities: fc.tuple(...model.activities.map(() => activityArb)),
    statuses: fc.dictionary(
      fc.constantFrom(...model.actions.map((a) => a.id)),
      fc.constantFrom(...ACTION_STATUSES),
    ),
    coverage: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  })
  .map(({ organisation, outOfScope, dimensions, activities, statuses, coverage }) => ({
    model,
    assessment: buildAssessment({
      organisation,
      outOfScope: { stages: outOfScope, dimensions: [] },
      roadmap: statuses,
      teams: model.teams.map((t) => ({ id: t.id, name: t.name.en })),
    }),
    dimensions: Object.fromEntries(
      model.dimensions.map((d, i) => [
        d.id,
        dimensions[i] ?? { score: null, confidence: 0, inScope: true },
      ]),
    ),
    activities: Object.fromEntries(
      model.activities.map((a, i) => {
        const result = activities[i];
        return [
          a.id,
          outOfScope.includes(a.stage) || !result
            ? {
                ...result,
                flags: [],
                status: 'out-of-scope' as const,
                accountable: [],
                responsible: [],
                consulted: [],
                informed: [],
              }
            : result,
        ];
      }),
    ),
    lifecycle: { controlFunctionCoverage: coverage },
  }));

const reversed = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).reverse());
const placeOf = (roadmap: Roadmap): Map<string, number> =>
  new Map(roadmap.phases.flatMap((p, i) => p.actions.map((a, j) => [a.id, i * 1000 + j] as const)));

describe('buildRoadmap over the shipped library, for any answers and profile', () => {
  it('gives the same roadmap every time, whatever the order of the keys it is given', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const once = JSON.stringify(buildRoadmap(input));
        const shuffled = {
          ...input,
          dimensions: reversed(input.dimensions),
          activities: reversed(input.activities),
          assessment: { ...input.assessment, roadmap: reversed(input.assessment.roadmap) },
        };
        expect(JSON.stringify(buildRoadmap(shuffled))).toBe(once);
      }),
      RUNS,
    );
  });

  it('keeps every projected figure in range and every projected band matching its score', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const phase of buildRoadmap(input).phases) {
          for (const score of Object.values(phase.projected.dimensions)) {
            if (score !== null) expect(score >= 1 && score <= 5).toBe(true);
          }
          for (const row of Object.values(phase.projected.heatmap)) {
            for (const cell of Object.values(row)) {
              if (cell.outOfScope) continue;
              expect(cell.score >= 1 && cell.score <= 25).toBe(true);
              expect(cell.band).toBe(bandOf(cell.score));
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('never raises risk: each phase falls by exactly the risk its actions remove, done actions removing none', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const roadmap = buildRoadmap(input);
        let before = roadmap.currentRisk;
        for (const phase of roadmap.phases) {
          const removed = phase.actions.reduce((s, a) => s + a.riskRemoved, 0);
          expect(
            phase.actions.every(
              (a) => a.riskRemoved >= 0 && (a.status !== 'done' || a.riskRemoved === 0),
            ),
          ).toBe(true);
          expect(before - phase.projected.totalRisk).toBe(removed);
          before = phase.projected.totalRisk;
        }
      }),
      RUNS,
    );
  });

  it('places every prerequisite on the roadmap before the action that needs it', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const roadmap = buildRoadmap(input);
        const place = placeOf(roadmap);
        for (const action of roadmap.phases.flatMap((p) => p.actions)) {
          for (const p of action.prerequisites) {
            const at = place.get(p);
            if (at === undefined) expect(action.prerequisitesInPlace).toContain(p);
            else expect(at).toBeLessThan(place.get(action.id) ?? -1);
          }
        }
      }),
      RUNS,
    );
  });

  it('makes the control function the one accountable team of every in-scope activity in the to-be RACI', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { toBe } = buildRoadmap(input);
        const inScope = model.activities.filter(
          (a) => input.activities[a.id]?.status !== 'out-of-scope',
        );
        expect(Object.keys(toBe)).toEqual(inScope.map((a) => a.id));
        for (const row of Object.values(toBe)) {
          expect(
            Object.entries(row)
              .filter(([, letters]) => letters.includes('A'))
              .map(([team]) => team),
          ).toEqual([model.controlFunction]);
        }
      }),
      RUNS,
    );
  });
});

/**
 * fast-check generators for property tests: assessments over the test model, and organisation
 * profiles, dimension and activity states and heatmap inputs over any model. Tests only.
 */
import fc from 'fast-check';
import type { HeatmapInput, RiskState } from '../risk/heatmap';
import type { ActivityState, DimensionState } from '../risk/likelihood';
import {
  ACTION_STATUSES,
  CHANNELS,
  REQUIRED_STAGES,
  VOLUMES,
  type Assessment,
  type MaturityAnswer,
  type Organisation,
  type RaciAnswer,
  type Response,
} from '../schemas/assessment';
import type { Level } from '../schemas/common';
import { FLAG_IDS } from '../schemas/flag';
import { SECTORS, type Model } from '../schemas/model';
import { buildAssessment, buildModel } from './fixtures';

const model = buildModel();
const CUSTOM_TEAMS = [
  { id: 'x1', name: 'فريق جديد' },
  { id: 'x2', name: 'Branch network' },
];

const maturityAnswer = fc.constantFrom<MaturityAnswer[]>(1, 2, 3, 4, 5, 'unknown');
const letters = fc.subarray(['R', 'A', 'C', 'I'], { minLength: 1 }).map((l) => l.join(''));

const maturityAnswers = fc.dictionary(
  fc.constantFrom(...model.questions.map((q) => q.id)),
  maturityAnswer,
);

const raciAnswers = (teams: readonly string[]): fc.Arbitrary<Record<string, RaciAnswer>> =>
  fc.dictionary(
    fc.constantFrom(...model.activities.map((a) => a.id)),
    fc.oneof(
      { weight: 1, arbitrary: fc.constant<RaciAnswer>('unknown') },
      {
        weight: 6,
        arbitrary: fc.dictionary(fc.constantFrom(...teams), letters, { maxKeys: teams.length }),
      },
    ),
  );

const response = (teams: readonly string[]): fc.Arbitrary<Response> =>
  fc
    .record({
      participant: fc.constantFrom('p1', 'p2', 'p3'),
      role: fc.constantFrom(undefined, 'leadership', 'management', 'staff', 'Branch manager'),
      maturity: maturityAnswers,
      raci: raciAnswers(teams),
    })
    .map(({ role, ...rest }) => (role === undefined ? rest : { ...rest, role }));

/** Any valid assessment of the test model: teams, answers, scope and workshop responses vary. */
export const arbitraryAssessment: fc.Arbitrary<Assessment> = fc
  .tuple(
    fc.subarray(model.teams.map((t) => ({ id: t.id, name: t.name.en }))),
    fc.subarray(CUSTOM_TEAMS),
  )
  .map(([defaults, custom]) => [...defaults, ...custom])
  .filter((teams) => teams.length > 0)
  .chain((teams) => {
    const ids = teams.map((t) => t.id);
    return fc.record({
      teams: fc.constant(teams),
      sector: fc.constantFrom(...SECTORS),
      regulated: fc.boolean(),
      maturity: maturityAnswers,
      raci: raciAnswers(ids),
      responses: fc.option(fc.array(response(ids), { maxLength: 6 }), { nil: undefined }),
      stages: fc.subarray(model.stages.map((s) => s.id)),
      dimensions: fc.subarray(model.dimensions.map((d) => d.id)),
    });
  })
  .map(({ sector, regulated, stages, dimensions, responses, ...rest }) =>
    buildAssessment({
      ...rest,
      organisation: { ...buildAssessment().organisation, sector, regulated },
      outOfScope: { stages, dimensions },
      ...(responses === undefined ? {} : { responses }),
    }),
  );

/** The same object with every record's keys in another order (arrays keep theirs), nested. */
export function reorderKeys<T>(value: T, seed: number): T {
  if (Array.isArray(value)) return value.map((v) => reorderKeys(v, seed)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  const shift = entries.length === 0 ? 0 : seed % entries.length;
  const rotated = [...entries.slice(shift), ...entries.slice(0, shift)];
  if (seed % 2 === 1) rotated.reverse();
  return Object.fromEntries(rotated.map(([k, v]) => [k, reorderKeys(v, seed + 1)])) as T;
}

/** Any dimension state: a score from `score` (any from 1 to 5 by default) or none, any confidence, in scope or not. */
export const arbitraryDimensionState = (
  score: fc.Arbitrary<number> = fc.double({ min: 1, max: 5, noNaN: true }),
): fc.Arbitrary<DimensionState> =>
  fc.record({
    score: fc.option(score, { nil: null }),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    inScope: fc.boolean(),
  });

/** Any activity state: any flags, and any status, out of scope included. */
export const arbitraryActivityState: fc.Arbitrary<ActivityState> = fc.record({
  flags: fc.subarray([...FLAG_IDS]),
  status: fc.constantFrom(
    'answered' as const,
    'unknown' as const,
    'unanswered' as const,
    'out-of-scope' as const,
  ),
});

/**
 * Any organisation profile: any sector, channels (each at most once) and volume, regulated or
 * not, named "Generated" and in Arabic and English; `overrides` replace a field's generator.
 */
export const arbitraryOrganisation = (
  overrides: Partial<{ [K in keyof Organisation]: fc.Arbitrary<Organisation[K]> }> = {},
): fc.Arbitrary<Organisation> =>
  fc.record({
    name: fc.constant('Generated'),
    sector: fc.constantFrom(...SECTORS),
    regulated: fc.boolean(),
    channels: fc.subarray([...CHANNELS]),
    volume: fc.constantFrom(...VOLUMES),
    languages: fc.constant(['ar', 'en']),
    ...overrides,
  });

/** A test assessment with any organisation profile and any of `model`'s stages out of scope. */
export const arbitraryProfiledAssessment = (
  model: Pick<Model, 'stages'>,
): fc.Arbitrary<Assessment> =>
  fc
    .record({
      organisation: arbitraryOrganisation(),
      outOfScope: fc.subarray(model.stages.map((s) => s.id)),
    })
    .map(({ organisation, outOfScope }) =>
      buildAssessment({ organisation, outOfScope: { stages: outOfScope, dimensions: [] } }),
    );

const defined = <T>(record: Record<string, T | undefined>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter((e): e is [string, T] => e[1] !== undefined));

/** Any states of `model`'s dimensions (from `dimension`) and activities, any of them missing. */
export const arbitraryRiskState = (
  model: Pick<Model, 'dimensions' | 'activities'>,
  dimension: fc.Arbitrary<DimensionState> = arbitraryDimensionState(),
): fc.Arbitrary<RiskState> =>
  fc
    .record({
      dimensions: fc.record(Object.fromEntries(model.dimensions.map((d) => [d.id, dimension])), {
        requiredKeys: [],
      }),
      activities: fc.record(
        Object.fromEntries(model.activities.map((a) => [a.id, arbitraryActivityState])),
        { requiredKeys: [] },
      ),
    })
    .map(({ dimensions, activities }) => ({
      dimensions: defined(dimensions),
      activities: defined(activities),
    }));

/** Any heatmap input over `model`: any profile and scope, and any states, some missing. */
export const arbitraryHeatmapInput = (
  model: HeatmapInput['model'],
  dimension?: fc.Arbitrary<DimensionState>,
): fc.Arbitrary<HeatmapInput> =>
  fc
    .tuple(arbitraryProfiledAssessment(model), arbitraryRiskState(model, dimension))
    .map(([assessment, state]) => ({ model, assessment, ...state }));

/** What an assessment over a model varies in; the parts of the model its generator reads. */
type AssessedModel = Pick<
  Model,
  'questions' | 'activities' | 'teams' | 'stages' | 'dimensions' | 'actions'
>;

/**
 * Any assessment of `model` (the shipped one included): any of its teams and the two custom
 * ones, any sponsor among them or the model's, answers around a base level (so dimensions at and
 * above their targets come up as often as gaps), "don't know" and gaps, any RACI over the teams,
 * any profile, optional stages and dimensions out of scope, targets, tracked actions, and
 * sometimes workshop responses (whose medians fill the answers the consensus left out).
 */
export const arbitraryAssessmentOf = (model: AssessedModel): fc.Arbitrary<Assessment> =>
  fc
    .tuple(
      fc.subarray(model.teams.map((t) => ({ id: t.id, name: t.name.en }))),
      fc.subarray(CUSTOM_TEAMS),
    )
    .map(([defaults, custom]) => [...defaults, ...custom])
    .chain((teams) => {
      const ids = teams.map((t) => t.id);
      const level = fc.constantFrom<Level[]>(1, 2, 3, 4, 5);
      const around = (base: Level): fc.Arbitrary<MaturityAnswer | undefined> =>
        fc.oneof(
          { weight: 5, arbitrary: fc.constant<MaturityAnswer>(base) },
          { weight: 3, arbitrary: level },
          { weight: 1, arbitrary: fc.constant<MaturityAnswer>('unknown') },
          { weight: 1, arbitrary: fc.constant(undefined) },
        );
      const raci: fc.Arbitrary<RaciAnswer> = fc.oneof(
        { weight: 1, arbitrary: fc.constant<RaciAnswer>('unknown') },
        { weight: 1, arbitrary: fc.constant<RaciAnswer>({}) },
        {
          weight: 8,
          arbitrary:
            ids.length === 0
              ? fc.constant<RaciAnswer>({})
              : fc.dictionary(fc.constantFrom(...ids), letters, { maxKeys: 6 }),
        },
      );
      const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
      const tracking = fc.oneof(
        fc.constantFrom(...ACTION_STATUSES),
        fc.record({ status: fc.constantFrom(...ACTION_STATUSES), owner: fc.constant('it') }),
      );
      return fc.record({
        teams: fc.constant(teams),
        organisation: arbitraryOrganisation({
          languages: fc.subarray(['ar', 'en', 'fr'], { minLength: 1 }),
        }),
        sponsor: optional(fc.constantFrom(...ids, model.teams[0]?.id ?? 'executive')),
        maturity: level.chain((base) => fc.tuple(...model.questions.map(() => around(base)))),
        raci: fc.tuple(...model.activities.map(() => optional(raci))),
        stages: fc.subarray(
          model.stages
            .map((s) => s.id)
            .filter((s) => !(REQUIRED_STAGES as readonly string[]).includes(s)),
        ),
        dimensions: fc.subarray(
          model.dimensions.map((d) => d.id),
          { maxLength: 3 },
        ),
        targets: fc.dictionary(fc.constantFrom(...model.dimensions.map((d) => d.id)), level),
        responses: optional(
          fc.array(
            fc.record({
              participant: fc.constantFrom('p1', 'p2', 'p3'),
              maturity: fc.dictionary(
                fc.constantFrom(...model.questions.map((q) => q.id)),
                maturityAnswer,
                { maxKeys: 8 },
              ),
              raci: fc.dictionary(fc.constantFrom(...model.activities.map((a) => a.id)), raci, {
                maxKeys: 6,
              }),
            }),
            { minLength: 1, maxLength: 4 },
          ),
        ),
        roadmap:
          model.actions.length === 0
            ? fc.constant({})
            : fc.dictionary(fc.constantFrom(...model.actions.map((a) => a.id)), tracking, {
                maxKeys: 6,
              }),
      });
    })
    .map(({ organisation, sponsor, maturity, raci, stages, dimensions, responses, ...rest }) =>
      buildAssessment({
        ...rest,
        ...(responses === undefined ? {} : { responses }),
        organisation: sponsor === undefined ? organisation : { ...organisation, sponsor },
        maturity: Object.fromEntries(
          model.questions.flatMap((q, i) =>
            maturity[i] === undefined ? [] : [[q.id, maturity[i]]],
          ),
        ),
        raci: Object.fromEntries(
          model.activities.flatMap((a, i) => (raci[i] === undefined ? [] : [[a.id, raci[i]]])),
        ),
        outOfScope: { stages, dimensions },
      }),
    );

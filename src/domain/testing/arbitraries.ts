/** fast-check generators of assessments over the test model, for property tests. Tests only. */
import fc from 'fast-check';
import type { Assessment, MaturityAnswer, RaciAnswer, Response } from '../schemas/assessment';
import { SECTORS } from '../schemas/model';
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

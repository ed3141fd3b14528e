import type { Assessment } from './assessment';
import { isOlderModelVersion } from './model-versions';
import { formatPath, type Problem, type ProblemCode } from './problems';

/**
 * What an assessment is checked against: the model's version, sponsor and ids. The full model,
 * the results page's client model and the questionnaire's view model all have these.
 */
export interface ModelIds {
  version: string;
  /** The team that sponsors the programme unless the assessment names another. */
  sponsor: string;
  stages: readonly { id: string }[];
  dimensions: readonly { id: string }[];
  questions: readonly { id: string }[];
  activities: readonly { id: string }[];
  actions: readonly { id: string }[];
}

/** Only the ids of a model: what a page ships to check assessments without the model's texts. */
export function toModelIds(model: ModelIds): ModelIds {
  const ids = (items: readonly { id: string }[]) => items.map(({ id }) => ({ id }));
  return {
    version: model.version,
    sponsor: model.sponsor,
    stages: ids(model.stages),
    dimensions: ids(model.dimensions),
    questions: ids(model.questions),
    activities: ids(model.activities),
    actions: ids(model.actions),
  };
}

type Path = (string | number)[];

type UnknownIdCode = Extract<
  ProblemCode,
  | 'unknown-question'
  | 'unknown-activity'
  | 'unknown-note'
  | 'unknown-stage'
  | 'unknown-dimension'
  | 'unknown-action'
>;

/** The English words for each kind of unknown id (the UI translates the code instead). */
const UNKNOWN: Record<UnknownIdCode, string> = {
  'unknown-question': 'is not a question of the model',
  'unknown-activity': 'is not an activity of the model',
  'unknown-note': 'is neither a question nor an activity of the model',
  'unknown-stage': 'is not a stage of the model',
  'unknown-dimension': 'is not a dimension of the model',
  'unknown-action': 'is not an action of the model',
};

function unknownId(path: Path, id: string, code: UnknownIdCode): Problem {
  return {
    path: formatPath(path.map((key) => ({ key }))),
    code,
    message: `"${id}" ${UNKNOWN[code]}`,
    params: { id },
  };
}

/** The problems of ids in `ids` that `known` does not have; `at(id, i)` says where each is. */
function unknownIds(
  ids: readonly string[],
  known: ReadonlySet<string>,
  code: UnknownIdCode,
  at: (id: string, index: number) => Path,
): Problem[] {
  return ids.flatMap((id, i) => (known.has(id) ? [] : [unknownId(at(id, i), id, code)]));
}

/** The model's ids as sets, built once per check. */
interface KnownIds {
  questions: ReadonlySet<string>;
  activities: ReadonlySet<string>;
  stages: ReadonlySet<string>;
  dimensions: ReadonlySet<string>;
  actions: ReadonlySet<string>;
}

const setOf = (items: readonly { id: string }[]): ReadonlySet<string> =>
  new Set(items.map(({ id }) => id));

function knownIds(model: ModelIds): KnownIds {
  return {
    questions: setOf(model.questions),
    activities: setOf(model.activities),
    stages: setOf(model.stages),
    dimensions: setOf(model.dimensions),
    actions: setOf(model.actions),
  };
}

/** A model version this tool neither reads nor migrates, as a problem (none when it knows it). */
export function checkModelVersion(model: ModelIds, version: string): Problem[] {
  if (version === model.version || isOlderModelVersion(version)) return [];
  return [
    {
      path: 'modelVersion',
      code: 'unknown-model',
      message: `was made with model ${version}, which this tool does not know (it reads model ${model.version}); update the tool`,
      params: { found: version, supported: model.version },
    },
  ];
}

function checkAnswers(
  known: KnownIds,
  answers: Pick<Assessment, 'maturity' | 'raci'>,
  prefix: Path,
): Problem[] {
  return [
    ...unknownIds(Object.keys(answers.maturity), known.questions, 'unknown-question', (id) => [
      ...prefix,
      'maturity',
      id,
    ]),
    ...unknownIds(Object.keys(answers.raci), known.activities, 'unknown-activity', (id) => [
      ...prefix,
      'raci',
      id,
    ]),
  ];
}

/**
 * The question and activity ids in one set of answers (an assessment's or a participant's) that
 * the model does not know, each with its path under `prefix`.
 */
export function checkAnswerIds(
  model: ModelIds,
  answers: Pick<Assessment, 'maturity' | 'raci'>,
  prefix: readonly (string | number)[],
): Problem[] {
  return checkAnswers(knownIds(model), answers, [...prefix]);
}

function checkNotes(known: KnownIds, notes: Assessment['notes']): Problem[] {
  return Object.keys(notes).flatMap((id) =>
    known.questions.has(id) || known.activities.has(id)
      ? []
      : [unknownId(['notes', id], id, 'unknown-note')],
  );
}

function checkScopeAndTargets(known: KnownIds, a: Assessment): Problem[] {
  return [
    ...unknownIds(a.outOfScope?.stages ?? [], known.stages, 'unknown-stage', (_, i) => [
      'outOfScope',
      'stages',
      i,
    ]),
    ...unknownIds(a.outOfScope?.dimensions ?? [], known.dimensions, 'unknown-dimension', (_, i) => [
      'outOfScope',
      'dimensions',
      i,
    ]),
    ...unknownIds(Object.keys(a.targets), known.dimensions, 'unknown-dimension', (id) => [
      'targets',
      id,
    ]),
  ];
}

function checkSponsor(model: ModelIds, a: Assessment): Problem[] {
  const sponsor = a.organisation.sponsor;
  if (sponsor === undefined || sponsor === model.sponsor) return [];
  if (a.teams.some((team) => team.id === sponsor)) return [];
  return [
    {
      path: 'organisation.sponsor',
      code: 'unknown-sponsor',
      message: `"${sponsor}" is neither one of the assessment's teams nor the model's sponsor (${model.sponsor})`,
      params: { id: sponsor },
    },
  ];
}

function checkParticipants(responses: Assessment['responses']): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  responses?.forEach(({ participant }, i) => {
    if (seen.has(participant)) {
      problems.push({
        path: `responses[${i}].participant`,
        code: 'duplicate-participant',
        message: `"${participant}" has already answered in this workshop`,
        params: { id: participant },
      });
    }
    seen.add(participant);
  });
  return problems;
}

/**
 * What in an assessment the model does not know: its model version, question, activity, stage,
 * dimension and action ids, note keys and sponsor, and participants who answered twice. Each
 * problem names its path. An assessment made with an unknown model version reports that alone:
 * its ids belong to a model this tool has never seen.
 */
export function checkAssessmentAgainstModel(model: ModelIds, a: Assessment): Problem[] {
  const version = checkModelVersion(model, a.modelVersion);
  if (version.length > 0) return version;
  const known = knownIds(model);
  return [
    ...checkAnswers(known, a, []),
    ...(a.responses ?? []).flatMap((r, i) => checkAnswers(known, r, ['responses', i])),
    ...checkNotes(known, a.notes),
    ...checkScopeAndTargets(known, a),
    ...unknownIds(Object.keys(a.roadmap), known.actions, 'unknown-action', (id) => ['roadmap', id]),
    ...checkSponsor(model, a),
    ...checkParticipants(a.responses),
  ];
}

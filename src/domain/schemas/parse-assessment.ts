import * as v from 'valibot';
import {
  AssessmentSchema,
  FORMAT_VERSION,
  REQUIRED_STAGES,
  type Assessment,
  type Response,
} from './assessment';
import { checkAssessmentAgainstModel, checkModelVersion, type ModelIds } from './model-check';
import { migrateModelVersion } from './model-versions';
import { problemsFromIssues, type Problem } from './problems';

/** What reading an assessment gives: the assessment, or the problems that stop it. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Largest assessment file accepted, in characters of JSON. */
export const MAX_ASSESSMENT_CHARS = 5_000_000;

/**
 * Migrations from an older format version to the next one, keyed by the version they read.
 * Version 1 is the first public format, so there is nothing to migrate yet; a future version
 * adds `1: (doc) => …` here and never rejects a file for being old.
 */
const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

/** Brings an older document up to the current format version. */
export function migrateAssessment(
  doc: Record<string, unknown>,
): ParseResult<Record<string, unknown>> {
  let current = doc;
  const found = current['formatVersion'];
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) {
    return fail(
      'formatVersion',
      'format-version',
      `expected the format version, a whole number from 1 up (this tool writes ${FORMAT_VERSION})`,
      { min: 1, supported: FORMAT_VERSION },
    );
  }
  let version: number = found;
  if (version > FORMAT_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: 'formatVersion',
          code: 'too-new',
          message: `is ${version}, newer than this tool reads (${FORMAT_VERSION}); update the tool to open it`,
          params: { found: version, supported: FORMAT_VERSION },
        },
      ],
    };
  }
  while (version < FORMAT_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return fail('formatVersion', 'too-old', `version ${version} has no migration`);
    current = step(current);
    version = current['formatVersion'] as number;
  }
  return { ok: true, value: current };
}

/**
 * Reads an assessment from parsed JSON: checks the format, migrates it (format version, then
 * model version), validates and cross-checks it. Given the model, it also refuses what the model
 * does not know (see checkAssessmentAgainstModel): every file and stored record the product
 * opens is read with one.
 */
export function parseAssessment(input: unknown, model?: ModelIds): ParseResult<Assessment> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('', 'wrong-format', 'is not an assessment: expected a JSON object');
  }
  const doc = input as Record<string, unknown>;
  if (doc['format'] !== 'ccm-assessment') {
    return fail(
      'format',
      'wrong-format',
      'must be "ccm-assessment": this is not an assessment file',
    );
  }
  const migrated = migrateAssessment(doc);
  if (!migrated.ok) return migrated;
  const version = migrated.value['modelVersion'];
  // A file from a model this tool does not know cannot be judged by this model's rules.
  const unknownModel =
    model && typeof version === 'string' ? checkModelVersion(model, version) : [];
  if (unknownModel.length > 0) return { ok: false, problems: unknownModel };
  const result = v.safeParse(AssessmentSchema, migrateModelVersion(migrated.value));
  if (!result.success)
    return { ok: false, problems: problemsFromIssues(result.issues).map(nameAssessmentRule) };
  const problems = [
    ...checkTeamReferences(result.output),
    ...(model ? checkAssessmentAgainstModel(model, result.output) : []),
  ];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: result.output };
}

/** Text without the UTF-8 byte-order mark that spreadsheet and Windows editors write first. */
export function stripByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** JSON text as a value (a byte-order mark at the start skipped), or a `not-json` problem. */
export function parseJsonText(text: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(stripByteOrderMark(text)) };
  } catch (error) {
    return fail('', 'not-json', `is not valid JSON (${(error as Error).message})`);
  }
}

/**
 * Reads an assessment from JSON text, refusing oversized or unparsable text with a problem. A
 * UTF-8 byte-order mark at the start (spreadsheet and Windows editors write one) is skipped.
 */
export function parseAssessmentText(text: string, model?: ModelIds): ParseResult<Assessment> {
  if (text.length > MAX_ASSESSMENT_CHARS) {
    return fail('', 'too-large', `is larger than ${MAX_ASSESSMENT_CHARS} characters`, {
      max: MAX_ASSESSMENT_CHARS,
    });
  }
  const json = parseJsonText(text);
  return json.ok ? parseAssessment(json.value, model) : json;
}

/** The schema's one rule check, said in words the UI can translate. */
function nameAssessmentRule(problem: Problem): Problem {
  if (problem.code !== 'rule' || problem.path !== 'outOfScope.stages') return problem;
  return { ...problem, code: 'required-stages', params: { stages: REQUIRED_STAGES.join(', ') } };
}

function checkTeamReferences(a: Assessment): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  a.teams.forEach((t, i) => {
    if (ids.has(t.id))
      problems.push({
        path: `teams[${i}].id`,
        code: 'duplicate',
        message: `"${t.id}" is used twice`,
      });
    ids.add(t.id);
  });
  problems.push(...checkRaciTeams(a.raci, ids, ''));
  a.responses?.forEach((r, i) => problems.push(...checkResponseTeams(r, ids, `responses[${i}].`)));
  return problems;
}

function checkRaciTeams(
  raci: Assessment['raci'],
  ids: ReadonlySet<string>,
  prefix: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const [activity, answer] of Object.entries(raci)) {
    if (answer === 'unknown') continue;
    for (const team of Object.keys(answer)) {
      if (!ids.has(team)) {
        problems.push({
          path: `${prefix}raci["${activity}"].${team}`,
          code: 'unknown-ref',
          message: `"${team}" is not one of the assessment's teams`,
        });
      }
    }
  }
  return problems;
}

/** The teams one participant's response names (in its RACI and as their own) that `ids` lacks. */
export function checkResponseTeams(
  response: Response,
  ids: ReadonlySet<string>,
  prefix: string,
): Problem[] {
  const problems = checkRaciTeams(response.raci, ids, prefix);
  if (response.team !== undefined && !ids.has(response.team))
    problems.push({
      path: `${prefix}team`,
      code: 'unknown-ref',
      message: `"${response.team}" is not one of the assessment's teams`,
    });
  return problems;
}

function fail<T>(
  path: string,
  code: Problem['code'],
  message: string,
  params?: Problem['params'],
): ParseResult<T> {
  return { ok: false, problems: [{ path, code, message, ...(params ? { params } : {}) }] };
}

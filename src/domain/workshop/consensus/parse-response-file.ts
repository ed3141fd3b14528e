import * as v from 'valibot';
import { checkAnswerIds, checkModelVersion, type ModelIds } from '../../schemas/model-check';
import { migrateModelVersion } from '../../schemas/model-versions';
import {
  checkResponseTeams,
  parseJsonText,
  type ParseResult,
} from '../../schemas/parse-assessment';
import { problemsFromIssues, type Problem } from '../../schemas/problems';
import { RESPONSE_FORMAT_VERSION, ResponseFileSchema, type ResponseFile } from '../response-file';

/**
 * Largest response file read, in characters: the workshop server's body limit (64 KB). One
 * participant's answers to every question and activity take a few kilobytes.
 */
export const MAX_RESPONSE_CHARS = 64 * 1024;

const problem = (
  path: string,
  code: Problem['code'],
  message: string,
  params?: Problem['params'],
): ParseResult<never> => ({
  ok: false,
  problems: [{ path, code, message, ...(params ? { params } : {}) }],
});

/** The format version, refused when it is not a version or newer than this tool reads. */
function checkVersion(found: unknown): ParseResult<never> | null {
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1)
    return problem(
      'formatVersion',
      'format-version',
      `expected the format version, a whole number from 1 up (this tool writes ${RESPONSE_FORMAT_VERSION})`,
      { min: 1, supported: RESPONSE_FORMAT_VERSION },
    );
  if (found > RESPONSE_FORMAT_VERSION)
    return problem(
      'formatVersion',
      'too-new',
      `is ${found}, newer than this tool reads (${RESPONSE_FORMAT_VERSION}); update the tool to open it`,
      { found, supported: RESPONSE_FORMAT_VERSION },
    );
  return null;
}

/**
 * The participant's answers brought to the current model version, as an assessment's responses
 * are (retired questions' answers move to the questions that replace them).
 */
function migrateResponse(doc: Record<string, unknown>): Record<string, unknown> {
  const migrated = migrateModelVersion({
    modelVersion: doc['modelVersion'],
    responses: [doc['response']],
  });
  if (migrated['modelVersion'] === doc['modelVersion']) return doc;
  const [response] = migrated['responses'] as unknown[];
  return { ...doc, modelVersion: migrated['modelVersion'], response };
}

/**
 * Reads a workshop response file (`ccm-workshop-response`) from its text: refuses oversized
 * text, text that is not JSON, another format, a newer format version and a model version this
 * tool does not know; migrates an older model version; then checks the answers' question and
 * activity ids against the model and, given the workshop's teams, the teams it names.
 */
export function parseResponseFile(
  text: string,
  model: ModelIds,
  teams?: readonly { id: string }[],
): ParseResult<ResponseFile> {
  if (text.length > MAX_RESPONSE_CHARS)
    return problem('', 'response-too-large', `is larger than ${MAX_RESPONSE_CHARS} characters`, {
      max: MAX_RESPONSE_CHARS,
    });
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const doc = json.value;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return problem('', 'not-a-response', 'is not a workshop response: expected a JSON object');
  const fields = doc as Record<string, unknown>;
  if (fields['format'] !== 'ccm-workshop-response')
    return problem(
      'format',
      'not-a-response',
      'must be "ccm-workshop-response": this is not a workshop response file',
    );
  const version = checkVersion(fields['formatVersion']);
  if (version) return version;
  const modelVersion = fields['modelVersion'];
  const unknownModel =
    typeof modelVersion === 'string' ? checkModelVersion(model, modelVersion) : [];
  if (unknownModel.length > 0) return { ok: false, problems: unknownModel };
  const parsed = v.safeParse(ResponseFileSchema, migrateResponse(fields));
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.issues) };
  const file = parsed.output;
  const problems = [
    ...checkAnswerIds(model, file.response, ['response']),
    ...(teams
      ? checkResponseTeams(file.response, new Set(teams.map((t) => t.id)), 'response.')
      : []),
  ];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: file };
}

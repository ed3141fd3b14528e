import type { Assessment } from '../../domain/schemas/assessment';
import type { ModelIds } from '../../domain/schemas/model-check';
import {
  addResponses,
  type NamedResponseFile,
  type ResponseOutcome,
} from '../../domain/workshop/consensus/add-responses';
import {
  MAX_RESPONSE_CHARS,
  parseResponseFile,
} from '../../domain/workshop/consensus/parse-response-file';
import { createRecord, readAssessment, writeAssessment } from '../storage/assessment-repo';
import type { StoredRecord } from '../storage/stored-record';

/** Where imported responses go: a stored assessment, or an example stored anew with them. */
export type ResponseTarget = { id: string } | { example: Assessment };

/** What an import gave: the record now holding the responses (null when none was added) and each file's fate. */
export interface ResponseImport {
  record: StoredRecord | null;
  outcomes: ResponseOutcome[];
}

/** A file too large to be a response, refused before its text is read (UTF-8 takes up to 4 bytes a character). */
const tooLarge = (file: File): ResponseOutcome => ({
  file: file.name,
  status: 'refused',
  problems: [
    {
      path: '',
      code: 'response-too-large',
      message: `is larger than ${MAX_RESPONSE_CHARS} characters`,
      params: { max: MAX_RESPONSE_CHARS },
    },
  ],
});

/** Each file read as a response file of a workshop with these teams, or refused, in file order. */
async function readFiles(
  files: readonly File[],
  model: ModelIds,
  teams: readonly { id: string }[],
): Promise<(NamedResponseFile | ResponseOutcome)[]> {
  const read: (NamedResponseFile | ResponseOutcome)[] = [];
  for (const file of files) {
    if (file.size > MAX_RESPONSE_CHARS * 4) {
      read.push(tooLarge(file));
      continue;
    }
    const parsed = parseResponseFile(await file.text(), model, teams);
    read.push(
      parsed.ok
        ? { name: file.name, file: parsed.value }
        : { file: file.name, status: 'refused', problems: parsed.problems },
    );
  }
  return read;
}

/** The stored record a target names, read afresh (null for an example, which is not stored yet). */
function readTarget(model: ModelIds, target: ResponseTarget): StoredRecord | null {
  if ('example' in target) return null;
  const stored = readAssessment(model, target.id);
  if (!stored?.ok) throw new Error(`${target.id} can no longer be read`);
  return stored.record;
}

/**
 * Imports participants' response files into a workshop's assessment: reads and checks each file,
 * adds the usable ones (see addResponses) and stores the result; a file that cannot be used is
 * reported and changes nothing. The stored assessment is read again first, so a change made in
 * another tab is kept. Outcomes come in file order. Throws StorageError when the browser refuses
 * the write.
 */
export async function importResponses(
  model: ModelIds,
  target: ResponseTarget,
  files: readonly File[],
  anonymous: boolean,
): Promise<ResponseImport> {
  const stored = readTarget(model, target);
  const current = stored?.assessment ?? ('example' in target ? target.example : null);
  if (!current) throw new Error('nothing to import into');
  const read = await readFiles(files, model, current.teams);
  const usable = read.filter((r): r is NamedResponseFile => 'name' in r);
  const merged = addResponses(current, usable, { anonymous });
  const added = [...merged.outcomes];
  const outcomes = read.map((r) => ('name' in r ? (added.shift() as ResponseOutcome) : r));
  if (!merged.outcomes.some((o) => o.status !== 'refused')) return { record: null, outcomes };
  const record = stored
    ? writeAssessment(model, {
        ...stored,
        updatedAt: new Date().toISOString(),
        assessment: merged.assessment,
      })
    : createRecord(model, merged.assessment, 'summary');
  return { record, outcomes };
}

import type { Assessment } from '../../domain/schemas/assessment';
import { isBackup, parseBackup } from '../../domain/schemas/backup';
import type { ModelIds } from '../../domain/schemas/model-check';
import {
  parseAssessment,
  parseJsonText,
  stripByteOrderMark,
} from '../../domain/schemas/parse-assessment';
import type { Problem } from '../../domain/schemas/problems';
import { isProtectedFile } from '../../domain/schemas/protected-file';
import { unprotectFile } from './protect';

/** Largest file the import reads, in bytes; a larger one is refused before it is read. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Most problems listed for one file; the others are counted. */
export const MAX_PROBLEMS_LISTED = 10;

/** What one file holds once read: assessments to offer, and what could not be read in it. */
export interface FileContent {
  kind: 'assessment' | 'backup';
  assessments: Assessment[];
  problems: Problem[];
}

/** What reading a file gives: its content, its problems, or a protected file to unlock. */
export type FileReading =
  | { status: 'read'; content: FileContent }
  | { status: 'refused'; problems: Problem[] }
  | { status: 'locked'; envelope: unknown };

/** What trying a passphrase gives: the file read, or a passphrase that does not open it. */
export type UnlockResult = Exclude<FileReading, { status: 'locked' }> | { status: 'wrong' };

const wrapped: Problem = {
  path: 'format',
  code: 'wrong-format',
  message: 'protects a file that is itself protected: expected an assessment or a backup',
};

const refuse = (path: string, code: Problem['code'], message: string): FileReading => ({
  status: 'refused',
  problems: [{ path, code, message }],
});

/** A file over the size cap as a problem, with both sizes in megabytes; none when it fits. */
export function checkFileSize(bytes: number): Problem[] {
  if (bytes <= MAX_IMPORT_BYTES) return [];
  const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
  return [
    {
      path: '',
      code: 'too-large',
      message: `is ${mb(bytes)} MB, larger than the ${mb(MAX_IMPORT_BYTES)} MB a file may be`,
      params: { size: mb(bytes), max: mb(MAX_IMPORT_BYTES) },
    },
  ];
}

function readBackup(json: unknown, model: ModelIds): FileReading {
  const read = parseBackup(json, model);
  if (!read.ok) return { status: 'refused', problems: read.problems };
  if (read.value.length === 0) return refuse('assessments', 'value', 'holds no assessment');
  const assessments = read.value.flatMap((entry) => (entry.ok ? [entry.value] : []));
  const problems = read.value.flatMap((entry) => (entry.ok ? [] : entry.problems));
  return assessments.length === 0
    ? { status: 'refused', problems }
    : { status: 'read', content: { kind: 'backup', assessments, problems } };
}

/**
 * Reads a file's text: a protected file (to unlock with its passphrase), a backup (each entry
 * read on its own) or an assessment, always checked against the model.
 */
export function readImportText(text: string, model: ModelIds): FileReading {
  const body = stripByteOrderMark(text);
  if (body.length > MAX_IMPORT_BYTES)
    return { status: 'refused', problems: checkFileSize(body.length) };
  const parsed = parseJsonText(body);
  if (!parsed.ok) return { status: 'refused', problems: parsed.problems };
  const json = parsed.value;
  if (isProtectedFile(json)) return { status: 'locked', envelope: json };
  if (isBackup(json)) return readBackup(json, model);
  const read = parseAssessment(json, model);
  return read.ok
    ? { status: 'read', content: { kind: 'assessment', assessments: [read.value], problems: [] } }
    : { status: 'refused', problems: read.problems };
}

/** Reads a chosen or dropped file, refusing one over the size cap before reading it. */
export async function readImportFile(file: Blob, model: ModelIds): Promise<FileReading> {
  const tooLarge = checkFileSize(file.size);
  if (tooLarge.length > 0) return { status: 'refused', problems: tooLarge };
  return readImportText(await file.text(), model);
}

/** Decrypts a protected file with a passphrase and reads what it holds. */
export async function unlockFile(
  envelope: unknown,
  passphrase: string,
  model: ModelIds,
): Promise<UnlockResult> {
  const opened = await unprotectFile(envelope, passphrase);
  if (!opened.ok && opened.reason === 'wrong-passphrase') return { status: 'wrong' };
  if (!opened.ok) return { status: 'refused', problems: opened.problems };
  const inner = readImportText(opened.text, model);
  // The inner file is an assessment or a backup; a protected file inside one is not read.
  return inner.status === 'locked' ? { status: 'refused', problems: [wrapped] } : inner;
}

import type { Assessment } from '../../domain/schemas/assessment';
import type { ModelIds } from '../../domain/schemas/model-check';
import type { Problem } from '../../domain/schemas/problems';
import {
  createRecord,
  listAssessments,
  StorageError,
  writeAssessment,
} from '../storage/assessment-repo';
import type { StoredRecord } from '../storage/stored-record';
import { readImportFile, type UnlockResult } from './import';
import { findMatch } from './import-match';

/** What to do with an incoming assessment that is already stored. */
export type Choice = 'replace' | 'keep-both' | 'cancel';

/** What the import asks the person importing. */
export interface ImportQuestions {
  /** The passphrase of a protected file, asked until it opens (the file read) or is cancelled (null). */
  unlock(
    file: string,
    envelope: unknown,
  ): Promise<Exclude<UnlockResult, { status: 'wrong' }> | null>;
  /** Whether to replace a stored assessment, keep both, or import nothing. */
  resolve(incoming: Assessment, stored: StoredRecord, file: string): Promise<Choice>;
}

/** What became of one file. */
export interface FileOutcome {
  file: string;
  /** What the file held, once read. */
  kind?: 'assessment' | 'backup';
  /** Records written from it, new or replaced. */
  stored: StoredRecord[];
  /** Assessments in it the person chose not to import. */
  skipped: number;
  /** What could not be read: the whole file when refused, else some entries of a backup. */
  problems: Problem[];
  refused: boolean;
  /** The passphrase was asked and cancelled. */
  cancelled: boolean;
}

/** What an import did, file by file; a storage failure stops it where it happened. */
export interface ImportReport {
  files: FileOutcome[];
  storageFailure?: StorageError['reason'];
}

/**
 * Stores an incoming assessment as chosen: `replace` writes it over the matched record, keeping
 * that record's id (and its organisation id when the file has none); `keep-both` (or no match) stores a new record; `cancel` stores nothing.
 * Throws StorageError when the browser refuses.
 */
export function storeImported(
  model: ModelIds,
  incoming: Assessment,
  match: StoredRecord | undefined,
  choice: Choice,
  now = new Date(),
): StoredRecord | null {
  if (choice === 'cancel') return null;
  if (choice === 'replace' && match) {
    // A file without an organisation id keeps the one the replaced record had, and so its group.
    const id = incoming.organisation.id ?? match.assessment.organisation.id;
    const assessment = id
      ? { ...incoming, organisation: { ...incoming.organisation, id } }
      : incoming;
    return writeAssessment(model, { ...match, updatedAt: now.toISOString(), assessment });
  }
  return createRecord(model, incoming);
}

async function readFile(
  file: File,
  model: ModelIds,
  questions: ImportQuestions,
): Promise<Exclude<UnlockResult, { status: 'wrong' }> | null> {
  const reading = await readImportFile(file, model);
  return reading.status === 'locked' ? questions.unlock(file.name, reading.envelope) : reading;
}

/**
 * Imports files one after another: each is read (a protected one unlocked), and each assessment
 * in it stored, asking first when it matches a stored one. Nothing stored changes for a file
 * that is refused or cancelled.
 */
export async function importFiles(
  files: readonly File[],
  model: ModelIds,
  questions: ImportQuestions,
): Promise<ImportReport> {
  const records = listAssessments(model).flatMap((r) => (r.ok ? [r.record] : []));
  const report: ImportReport = { files: [] };
  for (const file of files) {
    const outcome: FileOutcome = {
      file: file.name,
      stored: [],
      skipped: 0,
      problems: [],
      refused: false,
      cancelled: false,
    };
    report.files.push(outcome);
    const reading = await readFile(file, model, questions);
    if (reading === null) {
      outcome.cancelled = true;
      continue;
    }
    if (reading.status === 'refused') {
      outcome.refused = true;
      outcome.problems = reading.problems;
      continue;
    }
    outcome.kind = reading.content.kind;
    outcome.problems = reading.content.problems;
    for (const incoming of reading.content.assessments) {
      const match = findMatch(incoming, records);
      const choice = match ? await questions.resolve(incoming, match, file.name) : 'keep-both';
      let written: StoredRecord | null;
      try {
        written = storeImported(model, incoming, match, choice);
      } catch (error) {
        if (!(error instanceof StorageError)) throw error;
        report.storageFailure = error.reason;
        return report;
      }
      if (!written) outcome.skipped += 1;
      else {
        outcome.stored.push(written);
        const at = records.findIndex((r) => r.id === written.id);
        if (at >= 0) records[at] = written;
        else records.push(written);
      }
    }
  }
  return report;
}

/** What an import's summary counts. */
export interface ImportCounts {
  imported: number;
  skipped: number;
  refused: number;
  locked: number;
}

/** Counts assessments imported or left out by choice, and files refused or left locked. */
export function countImport(report: ImportReport): ImportCounts {
  const sum = (f: (o: FileOutcome) => number): number => report.files.reduce((n, o) => n + f(o), 0);
  return {
    imported: sum((o) => o.stored.length),
    skipped: sum((o) => o.skipped),
    refused: sum((o) => (o.refused ? 1 : 0)),
    locked: sum((o) => (o.cancelled ? 1 : 0)),
  };
}

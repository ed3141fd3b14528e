import * as v from 'valibot';
import type { Assessment } from './assessment';
import type { ModelIds } from './model-check';
import { parseAssessment, type ParseResult } from './parse-assessment';
import { problemsFromIssues, type Problem } from './problems';

/** The `format` of a backup: every assessment of a browser in one file. */
export const BACKUP_FORMAT = 'ccm-backup';

/** The current version of the backup format. */
export const BACKUP_VERSION = 1;

/** Most assessments one backup may hold. */
export const MAX_BACKUP_ASSESSMENTS = 500;

/** A backup: assessment files as exported one by one, in a list. */
export const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(
    v.string(),
    v.isoTimestamp('must be a date and time such as 2026-11-28T09:30:00Z'),
  ),
  assessments: v.pipe(
    v.array(v.unknown()),
    v.maxLength(MAX_BACKUP_ASSESSMENTS, `holds more than ${MAX_BACKUP_ASSESSMENTS} assessments`),
  ),
});
/** A backup file as written. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_VERSION;
  exportedAt: string;
  assessments: Assessment[];
}

/** Builds a backup of assessments (each exactly as its own exported file would be). */
export function makeBackup(assessments: readonly Assessment[], now: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    assessments: [...assessments],
  };
}

/** Whether parsed JSON claims to be a backup. */
export function isBackup(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<string, unknown>)['format'] === BACKUP_FORMAT
  );
}

/**
 * Reads a backup: the envelope must be valid (else nothing is read); then each assessment is
 * read on its own, so one bad entry never stops the others. Paths name the entry
 * (`assessments[2].period`).
 */
export function parseBackup(
  value: unknown,
  model?: ModelIds,
): ParseResult<ParseResult<Assessment>[]> {
  const envelope = v.safeParse(BackupSchema, value);
  if (!envelope.success) return { ok: false, problems: problemsFromIssues(envelope.issues) };
  if (envelope.output.formatVersion > BACKUP_VERSION) {
    const problem: Problem = {
      path: 'formatVersion',
      code: 'too-new',
      message: `is ${envelope.output.formatVersion}, newer than this tool reads (${BACKUP_VERSION}); update the tool to open it`,
      params: { found: envelope.output.formatVersion, supported: BACKUP_VERSION },
    };
    return { ok: false, problems: [problem] };
  }
  const entries = envelope.output.assessments.map((entry, i): ParseResult<Assessment> => {
    const read = parseAssessment(entry, model);
    if (read.ok) return read;
    const problems = read.problems.map((p) => ({
      ...p,
      path: `assessments[${i}]${p.path && !p.path.startsWith('[') ? '.' : ''}${p.path}`,
    }));
    return { ok: false, problems };
  });
  return { ok: true, value: entries };
}

/**
 * The files a user takes away: one assessment exactly as the format documents it, or every
 * assessment of the browser in a backup, each under a file name that any file system and any
 * mail program accepts (the organisation's name, in whatever script, stays inside the file).
 */
import type { Assessment } from '../../domain/schemas/assessment';
import { makeBackup } from '../../domain/schemas/backup';
import type { ModelIds } from '../../domain/schemas/model-check';
import { parseAssessment, type ParseResult } from '../../domain/schemas/parse-assessment';
import { assessmentFileName, backupFileName, protectedFileName } from './file-names';
import { protectText } from './protect';

export * from './file-names';

/** A file ready to download: its name and its text. */
export interface ExportFile {
  name: string;
  text: string;
}

/** What an export dialog offers: the file, and lines that say what it holds. */
export interface ExportOffer {
  file: ExportFile;
  lines: string[];
}

const pretty = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * An assessment's file: the assessment read back through the schema (so its keys come in the
 * schema's order and nothing but the format's keys is written), as pretty JSON. An assessment
 * the format refuses (a draft being edited, say) gives its problems instead of a file.
 */
export function assessmentFile(assessment: Assessment, model?: ModelIds): ParseResult<ExportFile> {
  const checked = parseAssessment(assessment, model);
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: { name: assessmentFileName(checked.value), text: pretty(checked.value) },
  };
}

/**
 * An assessment's file as it stands, unchecked: unsaved work (storage full or blocked) is kept
 * even while a field the format would refuse is half typed.
 */
export function unsavedAssessmentFile(assessment: Assessment): ExportFile {
  return { name: assessmentFileName(assessment), text: pretty(assessment) };
}

/** An assessment's file as an export dialog offers it (or the problems that stop it). */
export function assessmentOffer(
  assessment: Assessment,
  model?: ModelIds,
): ParseResult<ExportOffer> {
  const file = assessmentFile(assessment, model);
  return file.ok ? { ok: true, value: { file: file.value, lines: [] } } : file;
}

/**
 * A backup of assessments, each entry exactly the file exporting it alone gives; an assessment
 * the format refuses is left out and counted (the caller says how many).
 */
export function backupFile(
  assessments: readonly Assessment[],
  now: Date,
): { file: ExportFile; leftOut: number } {
  const entries = assessments.map((a) => parseAssessment(a));
  const kept = entries.flatMap((entry) => (entry.ok ? [entry.value] : []));
  return {
    file: { name: backupFileName(now), text: pretty(makeBackup(kept, now)) },
    leftOut: entries.length - kept.length,
  };
}

/** The file as it leaves: encrypted under the passphrase when there is one, else as it is. */
export async function sealFile(file: ExportFile, passphrase: string): Promise<ExportFile> {
  if (passphrase === '') return file;
  return { name: protectedFileName(file.name), text: await protectText(file.text, passphrase) };
}

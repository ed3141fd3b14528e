/**
 * The files a user takes away: one assessment exactly as the format documents it, or every
 * assessment of the browser in a backup, each under a file name that any file system and any
 * mail program accepts (the organisation's name, in whatever script, stays inside the file).
 */
import type { Assessment } from '../../domain/schemas/assessment';
import { makeBackup } from '../../domain/schemas/backup';
import type { ModelIds } from '../../domain/schemas/model-check';
import { parseAssessment, type ParseResult } from '../../domain/schemas/parse-assessment';
import { protectText } from './protect';

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

/** Longest slug kept in a file name, so names stay readable in a download list. */
const MAX_SLUG = 48;

// Latin letters that Unicode does not decompose into a base letter and a mark.
const LATIN_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

/** Text as a file-name slug: Latin accents transliterated away, other scripts dropped. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (letter) => LATIN_LETTERS[letter] ?? '')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
}

/** The slug that names an assessment's files: its organisation's name, else its id. */
export function assessmentSlug(assessment: Assessment): string {
  return (
    slugify(assessment.organisation.name) ||
    slugify(assessment.organisation.id ?? '') ||
    'assessment'
  );
}

/** The stem every file of one assessment starts with: `ccm-<slug>-<period>`. */
function assessmentStem(assessment: Assessment): string {
  // The schema holds a period to `YYYY-Qn`; the filter only keeps a hand-made one file-safe.
  return `ccm-${assessmentSlug(assessment)}-${assessment.period.replace(/[^A-Za-z0-9-]/g, '')}`;
}

/** The name of an assessment's file: `ccm-example-telecom-2026-Q4.json`. */
export function assessmentFileName(assessment: Assessment): string {
  return `${assessmentStem(assessment)}.json`;
}

/** The name of one of an assessment's CSV tables: `ccm-example-telecom-2026-Q4-raci.csv`. */
export function csvFileName(assessment: Assessment, table: 'raci' | 'answers'): string {
  return `${assessmentStem(assessment)}-${table}.csv`;
}

/** The name of an assessment's PDF report: `ccm-example-telecom-2026-Q4-report.pdf`. */
export function reportFileName(assessment: Assessment): string {
  return `${assessmentStem(assessment)}-report.pdf`;
}

/** The name of a backup made on a (local) day: `ccm-backup-2026-11-28.json`. */
export function backupFileName(now: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `ccm-backup-${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}.json`;
}

/** The name of a file once protected: `-protected` before its `.json`. */
export function protectedFileName(name: string): string {
  return name.replace(/(\.json)?$/, '-protected.json');
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

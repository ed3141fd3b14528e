/**
 * The names of the files a user takes away, each one any file system and any mail program accepts
 * (the organisation's name, in whatever script, stays inside the file). Apart from the export code
 * (export.ts), so a page that only names a file (a CSV, a report) does not load that code.
 */
import type { Assessment } from '../../domain/schemas/assessment';

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

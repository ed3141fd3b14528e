import type { Assessment } from '../../domain/schemas/assessment';

/** An ASCII slug of a name ("Banque du Sud" → "banque-du-sud"; Arabic letters drop out). */
export function asciiSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The file name an assessment downloads under: `ccm-<organisation>-<period>.json`. */
export function assessmentFileName(
  assessment: Pick<Assessment, 'organisation' | 'period'>,
): string {
  const slug = asciiSlug(assessment.organisation.name) || 'assessment';
  return `ccm-${slug}-${assessment.period}.json`;
}

/** The public assessment file (format `ccm-assessment`) as the text a download holds. */
export function assessmentFileText(assessment: Assessment): string {
  return `${JSON.stringify(assessment, null, 2)}\n`;
}

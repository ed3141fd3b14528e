/** The results page's CSV downloads: the tables rendered from the analysis the page shows. */
import type { Analysis } from '../../domain/analysis';
import type { Assessment } from '../../domain/schemas/assessment';
import type { Lang } from '../../i18n';
import { downloadText } from '../download';
import { csvFileName } from '../files/file-names';
import type { Translate } from '../i18n-client';
import { renderAnswersCsv, type AnswersCsvNames } from './answers-csv';
import { CSV_TYPE } from './csv';
import { fetchAnswerTexts } from './fetch-answer-texts';
import { renderRaciCsv } from './raci-csv';

/** Downloads the RACI matrix as CSV. */
export function downloadRaciCsv(
  analysis: Analysis,
  assessment: Assessment,
  names: AnswersCsvNames,
  t: Translate,
  lang: Lang,
): void {
  const text = renderRaciCsv(analysis, names, t, lang);
  downloadText(csvFileName(assessment, 'raci'), text, CSV_TYPE);
}

/**
 * Downloads every answer with its note as CSV, fetching the answers' words first (the page does
 * not carry them); false when they could not be fetched.
 */
export async function downloadAnswersCsv(
  analysis: Analysis,
  assessment: Assessment,
  names: AnswersCsvNames,
  t: Translate,
  lang: Lang,
): Promise<boolean> {
  const texts = await fetchAnswerTexts(lang);
  if (!texts) return false;
  const text = renderAnswersCsv(analysis, assessment.notes, names, texts, t);
  downloadText(csvFileName(assessment, 'answers'), text, CSV_TYPE);
  return true;
}

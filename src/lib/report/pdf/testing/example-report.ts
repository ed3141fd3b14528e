/**
 * Builds an example's PDF report in Node, as the browser builds it: the model's words and the
 * page's strings in one language, the typeface read from its package, no clock (a fixed date).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { jsPDF } from 'jspdf';
import { analyse } from '../../../../domain/analyse';
import { parseAssessment } from '../../../../domain/schemas/parse-assessment';
import type { Assessment } from '../../../../domain/schemas/assessment';
import { LANGS, pickStrings, type Lang } from '../../../../i18n';
import { formatPeriod } from '../../../../i18n/format';
import { buildNames, makeFormatters } from '../../../../components/results/view-context';
import { makeTranslate } from '../../../i18n-client';
import { loadModel } from '../../../model/load-model';
import { toClientModel } from '../../../model/client-model';
import { answerTexts } from '../../answers-csv';
import { buildReport, type BuiltReport } from '../build-report';
import { REPORT_FONT_FILES } from '../report-fonts';
import type { ReportFonts } from '../pdf-writer';

const require = createRequire(import.meta.url);

/** The report's typeface read from its package, as binary strings. */
export function readReportFonts(): ReportFonts {
  const read = (file: string) => readFileSync(require.resolve(file)).toString('binary');
  return { regular: read(REPORT_FONT_FILES.regular), bold: read(REPORT_FONT_FILES.bold) };
}

/** Reads and parses an example file. */
export function readExample(name: string): Assessment {
  const parsed = parseAssessment(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(`examples/${name}.json does not parse`);
  return parsed.value;
}

/** Builds the report of an assessment in a language (with the quarter it follows, if given). */
export function buildAssessmentReport(
  assessment: Assessment,
  lang: Lang,
  fonts = readReportFonts(),
  previous?: Assessment,
): BuiltReport {
  const full = loadModel();
  const model = toClientModel(full, lang);
  const t = makeTranslate(pickStrings(lang, ['']), lang);
  const fmt = makeFormatters(lang, { digits: 'arab', calendar: 'gregory' });
  return buildReport(jsPDF, fonts, {
    lang,
    t,
    fmt,
    names: buildNames(model, assessment, lang, t),
    controlFunction: model.controlFunction,
    analysis: analyse(model, assessment),
    assessment,
    answers: answerTexts(full, lang),
    period: formatPeriod(lang, assessment.period),
    date: lang === 'ar' ? '٢٨ نوفمبر ٢٠٢٦' : '28 Nov 2026',
    today: '2026-11-28',
    ...(previous
      ? {
          previous: {
            period: formatPeriod(lang, previous.period),
            analysis: analyse(model, previous),
          },
        }
      : {}),
  });
}

export { LANGS };

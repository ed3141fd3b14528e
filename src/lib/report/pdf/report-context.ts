/** What the PDF report is written from: the one analysis, the assessment, and the page's words. */
import type { Analysis } from '../../../domain/analysis';
import type { Assessment } from '../../../domain/schemas/assessment';
import type { Lang } from '../../../i18n';
import type { Formatters, Names } from '../../../components/results/view-context';
import type { Translate } from '../../i18n-client';
import type { AnswerTexts } from '../answers-csv';

/** The words and number formats of the report, in the page's language. */
export interface ReportContext {
  lang: Lang;
  t: Translate;
  fmt: Formatters;
  names: Names;
  controlFunction: string;
}

/** Everything one report is built from. */
export interface ReportInput extends ReportContext {
  analysis: Analysis;
  assessment: Assessment;
  /** The answers' words by question and level. */
  answers: AnswerTexts;
  /** The assessment's period and the report's date, written as the page writes them. */
  period: string;
  date: string;
  /** Today as YYYY-MM-DD, for overdue actions; without it none is called overdue. */
  today?: string;
  /** The quarter this assessment was started from, when it is still stored: its period, written, and its analysis. */
  previous?: { period: string; analysis: Analysis };
}

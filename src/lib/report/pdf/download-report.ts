/**
 * The results page's "PDF report": loaded only when asked for (this module, jsPDF, the typeface
 * and the report's words), it builds the report from the analysis the page shows and offers it
 * as a download.
 */
import { jsPDF } from 'jspdf';
import regularUrl from '@expo-google-fonts/ibm-plex-sans-arabic/400Regular/IBMPlexSansArabic_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/ibm-plex-sans-arabic/600SemiBold/IBMPlexSansArabic_600SemiBold.ttf?url';
import { analyse } from '../../../domain/analyse';
import type { Analysis } from '../../../domain/analysis';
import type { Model } from '../../../domain/schemas/model';
import { formatDate, formatPeriod, type DisplaySettings } from '../../../i18n/format';
import { readAssessment } from '../../storage/assessment-repo';
import type { Assessment } from '../../../domain/schemas/assessment';
import type { ViewContext } from '../../../components/results/view-context';
import { interpolate } from '../../../i18n/interpolate';
import { downloadBlob } from '../../download';
import { reportFileName } from '../../files/file-names';
import { fetchAnswerTexts } from '../fetch-answer-texts';
import { localToday } from '../../../components/results/tracking';
import { buildReport } from './build-report';

/** What the page hands over: the analysis it shows, the assessment, the model, its words and the reader's number settings. */
export interface ReportRequest {
  analysis: Analysis;
  assessment: Assessment;
  model: Model;
  ctx: ViewContext;
  settings: DisplaySettings;
}

/** The quarter an assessment was started from, analysed, when it is still in this browser. */
function previousQuarter(
  request: ReportRequest,
): { period: string; analysis: Analysis } | undefined {
  const { assessment, model, ctx, settings } = request;
  const link = assessment.previous;
  const stored = link ? readAssessment(model, link.assessmentId) : null;
  if (!stored?.ok) return undefined;
  const before = stored.record.assessment;
  return {
    period: formatPeriod(ctx.lang, before.period, settings),
    analysis: analyse(model, before),
  };
}

/** What one report took and weighed, for the page's tests and benchmark. */
export interface ReportOutcome {
  milliseconds: number;
  bytes: number;
  pages: number;
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

/** A file's bytes as the binary string jsPDF's virtual file system takes. */
function binaryString(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return out;
}

/** Builds the report and offers it as a download; throws when a file it needs cannot be fetched. */
export async function downloadReport(request: ReportRequest): Promise<ReportOutcome> {
  const started = performance.now();
  const { lang } = request.ctx;
  const [regular, bold, strings, answers] = await Promise.all([
    fetchOk(regularUrl).then((r) => r.arrayBuffer()),
    fetchOk(boldUrl).then((r) => r.arrayBuffer()),
    fetchOk(`/${lang}/report-strings.json`).then(
      (r) => r.json() as Promise<Record<string, string>>,
    ),
    fetchAnswerTexts(lang),
  ]);
  if (!answers) throw new Error("the answers' words could not be fetched");
  const previous = previousQuarter(request);
  const pageT = request.ctx.t;
  const t: ViewContext['t'] = (key, params) =>
    key in strings ? interpolate(strings[key] ?? key, params, lang) : pageT(key, params);
  const built = buildReport(
    jsPDF,
    { regular: binaryString(regular), bold: binaryString(bold) },
    {
      ...request.ctx,
      t,
      analysis: request.analysis,
      assessment: request.assessment,
      period: formatPeriod(lang, request.assessment.period, request.settings),
      date: formatDate(lang, new Date(), request.settings, { dateStyle: 'long' }),
      today: localToday(),
      answers,
      ...(previous ? { previous } : {}),
    },
  );
  const blob = built.doc.output('blob');
  downloadBlob(reportFileName(request.assessment), blob);
  return { milliseconds: performance.now() - started, bytes: blob.size, pages: built.pages };
}

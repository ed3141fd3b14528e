/**
 * The board pack as a PDF: built with jsPDF from the one analysis, in the page's language, with
 * selectable text, vector charts, a table of contents, bookmarks and page numbers. Works the same
 * in the browser and in Node (the tests build every example's report in both languages).
 */
import type { jsPDF as JsPdf } from 'jspdf';
import { PdfWriter, INK_SOFT, LINE, type Orientation, type ReportFonts } from './pdf-writer';
import type { ReportInput } from './report-context';
import {
  drawAppendix,
  drawCover,
  drawHeatmapSection,
  drawLifecycle,
  drawMatrix,
  drawMaturity,
  drawRoadmap,
  drawSummary,
  drawToBe,
} from './report-sections';

/** jsPDF's constructor, passed in so that the browser loads the library only when asked. */
export type JsPdfConstructor = new (options: {
  unit: 'pt';
  format: 'a4';
  orientation: 'portrait';
  compress: boolean;
}) => JsPdf;

/** A built report: the document, its page count, and any character the font could not draw. */
export interface BuiltReport {
  doc: JsPdf;
  pages: number;
  missingGlyphs: string[];
}

interface Entry {
  title: string;
  page: number;
}

const CONTENTS_PAGE = 2;

/** Writes the table of contents on its reserved page, with a link from each line to its page. */
function drawContents(w: PdfWriter, entries: readonly Entry[], input: ReportInput): void {
  w.doc.setPage(CONTENTS_PAGE);
  w.y = w.margin;
  w.heading(input.t('report.contents'), 1);
  for (const entry of entries) {
    w.style({ size: 11 });
    const baseline = w.y + 12;
    const number = input.fmt.count(entry.page);
    const numberWidth = w.textWidth(number);
    w.placeLine(entry.title, w.left, w.measure - numberWidth - 20, baseline, 'start');
    w.placeLine(number, w.left, w.measure, baseline, 'end');
    w.doc.link(w.left, w.y, w.measure, 18, { pageNumber: entry.page });
    w.doc.setDrawColor(...LINE);
    w.y += 22;
  }
}

/** Writes the running footer on every page but the cover: the organisation and period, and the page number. */
function drawFooters(w: PdfWriter, input: ReportInput): void {
  const total = w.doc.getNumberOfPages();
  const name = input.assessment.organisation.name || input.t('home.untitled');
  for (let page = 2; page <= total; page++) {
    w.doc.setPage(page);
    const y = w.height - w.margin / 2 - 4;
    w.doc.setDrawColor(...LINE);
    w.doc.setLineWidth(0.5);
    w.doc.line(w.left, y - 12, w.left + w.measure, y - 12);
    w.style({ size: 8, color: INK_SOFT });
    w.placeLine(`${name} · ${input.period}`, w.left, w.measure * 0.7, y, 'start');
    const label = input.t('report.page', {
      n: input.fmt.count(page),
      total: input.fmt.count(total),
    });
    w.placeLine(label, w.left, w.measure, y, 'end');
  }
}

/** Builds the whole report. */
export function buildReport(
  JsPdf: JsPdfConstructor,
  fonts: ReportFonts,
  input: ReportInput,
): BuiltReport {
  const doc = new JsPdf({ unit: 'pt', format: 'a4', orientation: 'portrait', compress: true });
  const w = new PdfWriter(doc, fonts, input.lang === 'ar' ? 'rtl' : 'ltr');
  const name = input.assessment.organisation.name || input.t('home.untitled');
  doc.setDocumentProperties({
    title: `${input.t('report.title')}: ${name} (${input.period})`,
    subject: input.t('report.title'),
    creator: input.t('report.title'),
  });
  (doc as unknown as { setLanguage(lang: string): void }).setLanguage(
    input.lang === 'ar' ? 'ar' : 'en-GB',
  );

  drawCover(w, input);
  w.newPage('portrait'); // the table of contents, written last
  const { t } = input;
  const sections: [string, Orientation, (w: PdfWriter, input: ReportInput) => void][] = [
    [t('report.summary'), 'portrait', drawSummary],
    [t('results.section.maturity'), 'portrait', drawMaturity],
    [t('overview.lifecycle'), 'portrait', drawLifecycle],
    [t('results.section.raci'), 'landscape', drawMatrix],
    [t('results.section.heatmap'), 'portrait', drawHeatmapSection],
    [t('results.section.roadmap'), 'portrait', drawRoadmap],
    [t('roadmap.toBe.title'), 'portrait', drawToBe],
    [t('report.appendix'), 'portrait', drawAppendix],
  ];
  const entries: Entry[] = sections.map(([title, orientation, draw]) => {
    w.newPage(orientation);
    const page = doc.getNumberOfPages();
    draw(w, input);
    return { title, page };
  });

  drawContents(w, entries, input);
  for (const entry of entries) doc.outline.add(null, entry.title, { pageNumber: entry.page });
  drawFooters(w, input);
  return { doc, pages: doc.getNumberOfPages(), missingGlyphs: [...w.missing] };
}

/**
 * The report's two pictures drawn as vectors: the maturity radar and the risk heatmap grid. Both
 * are drawn from the analysis as the page's charts are; each is followed in the report by the
 * table that says the same in words.
 */
import type { Analysis } from '../../../domain/analysis';
import { RISK_CATEGORIES } from '../../../domain/schemas/model';
import type { ReportContext } from './report-context';
import { ACCENT, ACCENT_SOFT, INK, INK_SOFT, LINE, type PdfWriter, type Rgb } from './pdf-writer';

const BAND_FILL: Record<string, Rgb> = {
  low: [232, 241, 216],
  medium: [251, 227, 161],
  high: [242, 166, 90],
  critical: [178, 24, 43],
};
const UNKNOWN_FILL: Rgb = [238, 234, 226];
const WHITE: Rgb = [255, 255, 255];

/** The fill and ink of a heatmap band (critical is dark, so its text is white). */
export function bandColours(band: string | null): { fill: Rgb; ink: Rgb } {
  if (band === null) return { fill: UNKNOWN_FILL, ink: INK };
  return { fill: BAND_FILL[band] ?? UNKNOWN_FILL, ink: band === 'critical' ? WHITE : INK };
}

function polygon(w: PdfWriter, points: [number, number][], style: 'S' | 'F' | 'FD'): void {
  const [first, ...rest] = points;
  if (!first) return;
  let previous = first;
  const deltas = rest.map((p) => {
    const d: [number, number] = [p[0] - previous[0], p[1] - previous[1]];
    previous = p;
    return d;
  });
  w.doc.lines(deltas, first[0], first[1], [1, 1], style, true);
}

/**
 * The radar of the in-scope dimensions that have a score: rings at levels 1–5, the target as a
 * dashed ring, the score as a filled shape. Around clockwise in English, anticlockwise in Arabic.
 */
export function drawRadar(w: PdfWriter, analysis: Analysis, rc: ReportContext): void {
  const dims = rc.names.dimensions.filter((d) => {
    const result = analysis.dimensions[d.id];
    return result?.inScope && result.score !== null;
  });
  if (dims.length < 3) return;
  const size = 250;
  w.ensure(size + 20);
  const cx = w.left + w.measure / 2;
  const cy = w.y + size / 2 + 6;
  const radius = 80;
  const turn = w.dir === 'ltr' ? 1 : -1;
  const at = (i: number, value: number): [number, number] => {
    const angle = -Math.PI / 2 + (turn * 2 * Math.PI * i) / dims.length;
    const r = (radius * value) / 5;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  };
  w.doc.setLineWidth(0.5);
  const score = dims.map((d, i) => at(i, analysis.dimensions[d.id]?.score ?? 0));
  w.doc.setFillColor(...ACCENT_SOFT);
  polygon(w, score, 'F');
  w.doc.setDrawColor(...LINE);
  for (let level = 1; level <= 5; level++)
    polygon(
      w,
      dims.map((_, i) => at(i, level)),
      'S',
    );
  dims.forEach((_, i) => {
    const [x, y] = at(i, 5);
    w.doc.line(cx, cy, x, y);
  });
  w.style({ size: 7, color: INK_SOFT });
  for (let level = 1; level <= 5; level++) {
    const [x, y] = at(0, level);
    w.drawLine(rc.fmt.count(level), x + 2, y + 2);
  }
  w.doc.setDrawColor(...INK_SOFT);
  w.doc.setLineDashPattern([3, 2], 0);
  polygon(
    w,
    dims.map((d, i) => at(i, analysis.dimensions[d.id]?.target ?? 0)),
    'S',
  );
  w.doc.setLineDashPattern([], 0);
  w.doc.setDrawColor(...ACCENT);
  w.doc.setLineWidth(1.5);
  polygon(w, score, 'S');
  w.doc.setLineWidth(0.5);
  w.doc.setFillColor(...ACCENT);
  for (const [x, y] of score) w.doc.circle(x, y, 2, 'F');
  dims.forEach((d, i) => {
    const [x, y] = at(i, 5.5);
    const result = analysis.dimensions[d.id];
    const label = `${d.name} ${rc.fmt.score(result?.score ?? 0)}`;
    w.style({ size: 8 });
    const lines = w.wrap(label, 110);
    const boxW = 110;
    const left = Math.abs(x - cx) < 8 ? x - boxW / 2 : x > cx ? x : x - boxW;
    const align = Math.abs(x - cx) < 8 ? 'center' : x > cx ? 'ltr-left' : 'ltr-right';
    const top = y < cy - 8 ? y - lines.length * 11 + 6 : y > cy + 8 ? y + 4 : y - 3;
    lines.forEach((line, k) => {
      const width = w.textWidth(line);
      const lx =
        align === 'center'
          ? left + (boxW - width) / 2
          : align === 'ltr-left'
            ? left
            : left + boxW - width;
      w.drawLine(line, lx, top + (k + 1) * 11 - 3);
    });
  });
  w.y += size + 12;
}

/** The heatmap as a grid: a row per stage, a column per risk category, each cell in its band's colour. */
export function drawHeatmap(w: PdfWriter, analysis: Analysis, rc: ReportContext): void {
  const { t, fmt } = rc;
  const columns = [
    { width: 2.2, align: 'start' as const },
    ...RISK_CATEGORIES.map(() => ({ width: 1, align: 'center' as const })),
  ];
  const header = [
    [
      { text: t('heatmap.stage'), style: { size: 8, bold: true } },
      ...RISK_CATEGORIES.map((c) => ({ text: t(`category.${c}`), style: { size: 8, bold: true } })),
    ],
  ];
  const rows = rc.names.stages.map((stage) => [
    { text: stage.name, style: { size: 8.5 } },
    ...RISK_CATEGORIES.map((category) => {
      const cell = analysis.heatmap[stage.id]?.[category];
      if (!cell || cell.outOfScope) {
        return { text: t('heatmap.outOfScope'), style: { size: 7.5, color: INK_SOFT } };
      }
      const colours = bandColours(cell.band);
      const text =
        cell.band === null
          ? t('heatmap.unknown')
          : `${t(`band.${cell.band}`)}\n${fmt.score(cell.score)}`;
      return { text, fill: colours.fill, style: { size: 8, color: colours.ink, bold: true } };
    }),
  ]);
  w.table(columns, header, rows);
}

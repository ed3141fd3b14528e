/**
 * The risk heatmap as a cell mark: where each stage × category cell, its label and its text go.
 * Pure and deterministic (no DOM, no clock): the component renders the SVG from this, and the
 * snapshot tests see exactly what the page shows. Right-to-left pages mirror every x.
 */
import { scaleBand } from 'd3-scale';
import type { Heatmap } from '../../domain/risk/heatmap';
import type { RiskBand } from '../../domain/risk/band';
import type { RiskCategory } from '../../domain/schemas/model';
import { wrapText } from './text-width';

/** A cell whose inputs are at least this share unanswered is drawn as unknown, not as safe. */
export const MOSTLY_UNKNOWN = 0.5;

/** What the heatmap is drawn from, with its words already in the page language. */
export interface HeatmapLayoutInput {
  heatmap: Heatmap;
  /** Stages in lifecycle order, with their names. */
  stages: readonly { id: string; name: string }[];
  /** The four risk categories, in column order, with their names. */
  categories: readonly { id: RiskCategory; label: string }[];
  /** The band names, the label of a mostly unanswered cell and of an unrated one, shown under the score. */
  bandLabels: Readonly<Record<RiskBand, string>>;
  unknownLabel: string;
  unratedLabel: string;
  width: number;
  rtl: boolean;
  compact: boolean;
}

/** An in-scope cell: its box, its figures, and whether it is unrated or mostly unanswered. */
export interface HeatmapCellLayout {
  stage: string;
  category: RiskCategory;
  /** Index among the scored rows and among the columns (the keyboard cursor's coordinates). */
  row: number;
  col: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the box, where the text is anchored. */
  cx: number;
  /** Baselines of the score and of each line under it. */
  scoreY: number;
  lineYs: number[];
  /** Continuous score and likelihood; null when the stage's maturity is unknown (unrated). */
  score: number | null;
  likelihood: number | null;
  impact: number;
  band: RiskBand | null;
  unanswered: number;
  /** No score: the stage has no in-scope dimension with a score. */
  unrated: boolean;
  /** Drawn as unknown, never as safe: unrated, or with most of its inputs unanswered. */
  unknown: boolean;
  /** The band name, or the unrated or unknown label, broken into lines that fit the cell. */
  lines: string[];
}

/** One stage's row: a label, and four in-scope cells or one out-of-scope band. */
export interface HeatmapRowLayout {
  stage: string;
  name: string;
  y: number;
  height: number;
  labelX: number;
  labelLines: string[];
  /** Baselines of the label's lines, centred in the row. */
  labelYs: number[];
  /** Baseline of one line of text centred in the row (the out-of-scope label). */
  midY: number;
  outOfScope: boolean;
  /** The grey band across the four columns of an out-of-scope row. */
  span: { x: number; width: number; cx: number } | null;
  cells: HeatmapCellLayout[];
}

/** The whole heatmap's geometry. */
export interface HeatmapLayout {
  width: number;
  height: number;
  compact: boolean;
  fontSize: { label: number; score: number; band: number };
  lineHeight: number;
  /** Column headers; `y` is the first line's baseline (the last line sits on the header's foot). */
  columns: {
    category: RiskCategory;
    x: number;
    width: number;
    cx: number;
    y: number;
    lines: string[];
  }[];
  rows: HeatmapRowLayout[];
  /** Rows with scored cells, in order: the keyboard cursor moves over these. */
  scoredRows: number;
}

const SIZES = {
  normal: { row: 60, header: 46, font: { label: 13, score: 19, band: 11.5 }, line: 15 },
  compact: { row: 40, header: 32, font: { label: 10.5, score: 13, band: 9 }, line: 11 },
};
const PAD = 6;

/** Rounds to a tenth of a pixel: finer than a screen shows, and stable in snapshots. */
const tenth = (n: number): number => Math.round(n * 10) / 10;

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** Lays out the heatmap in a box `width` wide: stage labels at the inline start, then 4 columns. */
export function layoutHeatmap(input: HeatmapLayoutInput): HeatmapLayout {
  const size = input.compact ? SIZES.compact : SIZES.normal;
  const width = Math.max(input.width, input.compact ? 240 : 300);
  const labelWidth = input.compact
    ? clamp(Math.round(width * 0.24), 60, 120)
    : clamp(Math.round(width * 0.28), 88, 210);
  const stages = input.stages.filter((s) => input.heatmap[s.id]);
  const range: [number, number] = input.rtl ? [width - labelWidth, 0] : [labelWidth, width];
  const x = scaleBand<RiskCategory>()
    .domain(input.categories.map((c) => c.id))
    .range(range)
    .paddingInner(0.04)
    .round(true);
  const y = scaleBand<string>()
    .domain(stages.map((s) => s.id))
    .range([size.header, size.header + stages.length * size.row])
    .paddingInner(0.06)
    .round(true);
  const band = x.bandwidth();
  const columns = input.categories.map((c) => {
    const left = x(c.id) ?? 0;
    const lines = wrapText(c.label, band - 4, size.font.band, 2).lines;
    const y = size.header - 8 - size.line * (lines.length - 1);
    return { category: c.id, x: left, width: band, cx: left + band / 2, y, lines };
  });
  const left = Math.min(...columns.map((c) => c.x));
  const right = Math.max(...columns.map((c) => c.x + c.width));
  const labelX = input.rtl ? width - PAD : PAD;
  let scoredRow = 0;
  const rows = stages.map((stage): HeatmapRowLayout => {
    const top = y(stage.id) ?? 0;
    const height = y.bandwidth();
    const label = wrapText(stage.name, labelWidth - 2 * PAD, size.font.label, 2).lines;
    const row = input.heatmap[stage.id];
    const labelTop = top + (height - label.length * size.line) / 2 + 0.75 * size.line;
    const base = {
      stage: stage.id,
      name: stage.name,
      y: top,
      height,
      labelX,
      labelLines: label,
      labelYs: label.map((_, i) => tenth(labelTop + i * size.line)),
      midY: tenth(top + height / 2 + 0.35 * size.font.band),
    };
    if (!row || Object.values(row).every((cell) => cell.outOfScope)) {
      const span = { x: left, width: right - left, cx: (left + right) / 2 };
      return { ...base, outOfScope: true, span, cells: [] };
    }
    const cells: HeatmapCellLayout[] = [];
    columns.forEach((column, col) => {
      const cell = row[column.category];
      if (!cell || cell.outOfScope) return;
      const unknown = cell.unknown || cell.unanswered >= MOSTLY_UNKNOWN;
      const text = cell.unknown
        ? input.unratedLabel
        : unknown
          ? input.unknownLabel
          : input.bandLabels[cell.band];
      const lines = wrapText(text, band - 6, size.font.band, input.compact ? 1 : 2).lines;
      // The score and the lines under it are centred as one block in the cell.
      const cap = 0.72 * size.font.score;
      const scoreY = tenth(top + (height - cap - lines.length * size.line) / 2 + cap);
      cells.push({
        stage: stage.id,
        category: column.category,
        row: scoredRow,
        col,
        x: column.x,
        y: top,
        width: band,
        height,
        cx: column.cx,
        scoreY,
        lineYs: lines.map((_, i) => tenth(scoreY + (i + 1) * size.line)),
        score: cell.score,
        likelihood: cell.likelihood,
        impact: cell.impact,
        band: cell.band,
        unanswered: cell.unanswered,
        unrated: cell.unknown,
        unknown,
        lines,
      });
    });
    scoredRow++;
    return { ...base, outOfScope: false, span: null, cells };
  });
  return {
    width,
    height: size.header + stages.length * size.row,
    compact: input.compact,
    fontSize: size.font,
    lineHeight: size.line,
    columns,
    rows,
    scoredRows: scoredRow,
  };
}

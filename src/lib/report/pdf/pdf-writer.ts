/**
 * A small page-layout layer over jsPDF for the report: text in either direction (see bidi.ts),
 * wrapping, headings, tables whose header rows repeat on every page, and a flow that starts a
 * new page when the next block does not fit. Positions are in points from the page's left edge;
 * `start`/`end` follow the report's language (start is the right edge in Arabic).
 */
import type { jsPDF as JsPdf, TextOptionsLight } from 'jspdf';
import { shapeArabic } from './arabic-shaping';
import { visualRuns, withoutMarks, type Direction } from './bidi';

/** The report's typeface: one TTF with Latin, Arabic and its presentation forms, in two weights. */
export interface ReportFonts {
  /** The regular weight's bytes as a binary string (what jsPDF's virtual file system takes). */
  regular: string;
  /** The semibold weight, for headings and table headers. */
  bold: string;
}

/** A colour as red, green and blue 0–255. */
export type Rgb = readonly [number, number, number];

/** The report's colours: the site's design tokens, printed. */
export const INK: Rgb = [20, 33, 61];
export const INK_SOFT: Rgb = [61, 74, 102];
export const LINE: Rgb = [217, 213, 203];
export const SUNKEN: Rgb = [241, 239, 233];
export const ACCENT: Rgb = [29, 78, 137];
export const ACCENT_SOFT: Rgb = [227, 236, 247];
export const DANGER: Rgb = [163, 38, 42];

// Options for jsPDF's bidi engine on a run that is all right to left (its letters already shaped,
// see arabic-shaping.ts): it reverses the run and mirrors brackets.
const RTL_RUN = {
  isInputVisual: false,
  isOutputVisual: true,
  isInputRtl: true,
  isOutputRtl: false,
  isSymmetricSwapping: true,
} as const;

const FONT = 'ReportSans';

/** How a piece of text is set. */
export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: Rgb;
}

/** Where text sits across its box. */
export type Align = 'start' | 'end' | 'center';

/** A table column: its share of the table width and how its cells are aligned. */
export interface Column {
  width: number;
  align?: Align;
}

/** One table cell: its text (lines break at "\n"), style and optional fill. */
export interface Cell {
  text: string;
  style?: TextStyle;
  fill?: Rgb;
  /** A second, smaller line of text under the first (flags, a status). */
  sub?: { text: string; style: TextStyle };
  /** Shrinks the type (down to 5 pt) until the longest word fits the column: narrow headers. */
  fit?: boolean;
  /** Free text in either language (a note): set in the direction of its first letter, as the page's dir="auto". */
  auto?: boolean;
}

/** The direction of a text's first strong letter, or `fallback` when it has none. */
export function firstStrong(text: string, fallback: Direction): Direction {
  const match = /[\p{Script=Latin}\p{Script=Arabic}\p{Script=Hebrew}]/u.exec(text);
  if (!match) return fallback;
  return /\p{Script=Latin}/u.test(match[0]) ? 'ltr' : 'rtl';
}

/** A page's orientation. */
export type Orientation = 'portrait' | 'landscape';

const MARGIN = 42;
const FOOTER = 28;

/** Draws the report: flow, text and tables over one jsPDF document. */
export class PdfWriter {
  readonly doc: JsPdf;
  readonly dir: Direction;
  /** The flow's position from the top of the current page. */
  y = MARGIN;
  /** Characters the font has no glyph for (they would print as empty boxes). */
  readonly missing = new Set<string>();
  private readonly glyphs: ((code: number) => boolean) | null;

  constructor(doc: JsPdf, fonts: ReportFonts, dir: Direction) {
    this.doc = doc;
    this.dir = dir;
    doc.addFileToVFS('report-regular.ttf', fonts.regular);
    doc.addFont('report-regular.ttf', FONT, 'normal');
    doc.addFileToVFS('report-bold.ttf', fonts.bold);
    doc.addFont('report-bold.ttf', FONT, 'bold');
    doc.setFont(FONT, 'normal');
    doc.setLineHeightFactor(1.35);
    const metadata = (doc.getFont() as unknown as { metadata?: { cmap?: { unicode?: unknown } } })
      .metadata;
    const map = (metadata?.cmap?.unicode as { codeMap?: Record<number, number> } | undefined)
      ?.codeMap;
    this.glyphs = map ? (code) => (map[code] ?? 0) !== 0 : null;
  }

  /** The current page's width. */
  get width(): number {
    return this.doc.internal.pageSize.getWidth();
  }

  /** The current page's height. */
  get height(): number {
    return this.doc.internal.pageSize.getHeight();
  }

  /** The left edge of the text area. */
  get left(): number {
    return MARGIN;
  }

  /** The width of the text area. */
  get measure(): number {
    return this.width - 2 * MARGIN;
  }

  /** The lowest the flow may reach on a page (above the footer). */
  get bottom(): number {
    return this.height - MARGIN - FOOTER / 2;
  }

  /** The page margin. */
  get margin(): number {
    return MARGIN;
  }

  /** Sets the font size, weight and colour for what is drawn next. */
  style(style: TextStyle = {}): void {
    this.doc.setFont(FONT, style.bold ? 'bold' : 'normal');
    this.doc.setFontSize(style.size ?? 10);
    this.doc.setTextColor(...(style.color ?? INK));
  }

  /** The height of one line at a size. */
  lineHeight(size = 10): number {
    return size * 1.4;
  }

  /** The width of text as drawn (shaped) in the current style. */
  textWidth(text: string): number {
    const plain = shapeArabic(withoutMarks(text));
    return plain === '' ? 0 : this.doc.getTextWidth(plain);
  }

  private note(text: string): void {
    if (!this.glyphs) return;
    for (const ch of text) {
      const code = ch.codePointAt(0) ?? 0;
      if (code > 0x20 && !this.glyphs(code)) this.missing.add(ch);
    }
  }

  /** Draws one line of text with its left edge at x and its baseline at y. */
  drawLine(text: string, x: number, y: number, base: Direction = this.dir): void {
    let cursor = x;
    for (const run of visualRuns(text, base)) {
      const shaped = shapeArabic(run.text);
      this.note(shaped);
      const options = (run.dir === 'rtl' ? RTL_RUN : {}) as TextOptionsLight;
      this.doc.text(shaped, cursor, y, options);
      cursor += this.doc.getTextWidth(shaped);
    }
  }

  /** Draws one line inside a box from `x` of width `w`, aligned as asked in the report's direction. */
  placeLine(
    text: string,
    x: number,
    w: number,
    y: number,
    align: Align = 'start',
    base: Direction = this.dir,
  ): void {
    const width = this.textWidth(text);
    const atLeft = (align === 'start') === (base === 'ltr');
    const left = align === 'center' ? x + (w - width) / 2 : atLeft ? x : x + w - width;
    this.drawLine(text, left, y, base);
  }

  /** Breaks text into lines no wider than `w` (at spaces; a longer word is cut). */
  wrap(text: string, w: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const word of paragraph.split(/ +/)) {
        const candidate = line === '' ? word : `${line} ${word}`;
        if (this.textWidth(candidate) <= w || line === '') {
          line = candidate;
        } else {
          lines.push(line);
          line = word;
        }
        while (this.textWidth(line) > w && [...line].length > 1) {
          const chars = [...line];
          let cut = chars.length - 1;
          while (cut > 1 && this.textWidth(chars.slice(0, cut).join('')) > w) cut--;
          lines.push(chars.slice(0, cut).join(''));
          line = chars.slice(cut).join('');
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /** Starts a new page (portrait unless asked) and puts the flow at its top. */
  newPage(orientation: Orientation = 'portrait'): void {
    this.doc.addPage('a4', orientation);
    this.y = MARGIN;
  }

  /** The current page's orientation. */
  get orientation(): Orientation {
    return this.width > this.height ? 'landscape' : 'portrait';
  }

  /** Starts a new page when fewer than `h` points are left on this one. */
  ensure(h: number): void {
    if (this.y + h > this.bottom) this.newPage(this.orientation);
  }

  /** Writes wrapped text in the flow across the text area (or a narrower box). */
  paragraph(text: string, style: TextStyle = {}, box = { x: this.left, w: this.measure }): void {
    this.style(style);
    const lh = this.lineHeight(style.size);
    for (const line of this.wrap(text, box.w)) {
      this.ensure(lh);
      this.style(style);
      this.placeLine(line, box.x, box.w, this.y + lh * 0.75);
      this.y += lh;
    }
  }

  /** Writes a heading, moving to a new page first when it would sit alone at a page's foot. */
  heading(text: string, level: 1 | 2 | 3): void {
    const size = level === 1 ? 18 : level === 2 ? 13 : 11;
    const before = level === 1 ? 0 : level === 2 ? 14 : 8;
    this.ensure(before + this.lineHeight(size) + 60);
    this.y += this.y > MARGIN ? before : 0;
    this.paragraph(text, { size, bold: true, color: level === 1 ? ACCENT : INK });
    this.y += level === 1 ? 8 : 3;
    if (level === 1) {
      this.doc.setDrawColor(...ACCENT);
      this.doc.setLineWidth(1);
      this.doc.line(this.left, this.y - 4, this.left + this.measure, this.y - 4);
      this.y += 4;
    }
  }

  /** A bullet list item: the bullet at the start edge, the text wrapped beside it. */
  bullet(text: string, style: TextStyle = {}): void {
    const indent = 12;
    const x = this.dir === 'ltr' ? this.left + indent : this.left;
    this.style(style);
    const lh = this.lineHeight(style.size);
    const lines = this.wrap(text, this.measure - indent);
    lines.forEach((line, i) => {
      this.ensure(lh);
      this.style(style);
      const baseline = this.y + lh * 0.75;
      if (i === 0) {
        const bx = this.dir === 'ltr' ? this.left + 3 : this.left + this.measure - 3;
        this.doc.setFillColor(...(style.color ?? INK));
        this.doc.circle(bx, baseline - (style.size ?? 10) * 0.3, 1.4, 'F');
      }
      this.placeLine(line, x, this.measure - indent, baseline);
      this.y += lh;
    });
  }

  /** A box `w` wide against the start edge of the text area (the right edge in Arabic). */
  startBox(w: number): { x: number; w: number } {
    return { x: this.dir === 'ltr' ? this.left : this.left + this.measure - w, w };
  }

  /** The x of each column's left edge, columns laid from the start edge (right in Arabic). */
  columnEdges(columns: readonly Column[], x: number, w: number): { x: number; w: number }[] {
    const total = columns.reduce((n, c) => n + c.width, 0);
    let cursor = this.dir === 'ltr' ? x : x + w;
    return columns.map((c) => {
      const cw = (c.width / total) * w;
      if (this.dir === 'ltr') {
        const edge = { x: cursor, w: cw };
        cursor += cw;
        return edge;
      }
      cursor -= cw;
      return { x: cursor, w: cw };
    });
  }

  /** A cell's lines, each with its style, as they fit a column `w` wide. */
  private cellLines(cell: Cell, w: number): { text: string; style: TextStyle }[] {
    let style: TextStyle = { size: 9, ...cell.style };
    if (cell.fit) {
      this.style(style);
      const widest = Math.max(0, ...cell.text.split(/\s+/).map((word) => this.textWidth(word)));
      if (widest > w)
        style = { ...style, size: Math.max(5, ((style.size ?? 9) * w * 0.95) / widest) };
    }
    this.style(style);
    const lines = this.wrap(cell.text, w).map((text) => ({ text, style }));
    if (cell.sub) {
      this.style(cell.sub.style);
      for (const text of this.wrap(cell.sub.text, w)) lines.push({ text, style: cell.sub.style });
    }
    return lines;
  }

  private rowHeight(cells: readonly Cell[], edges: { w: number }[], pad: number): number {
    let h = 0;
    cells.forEach((cell, i) => {
      const lines = this.cellLines(cell, (edges[i]?.w ?? 0) - 2 * pad);
      h = Math.max(
        h,
        lines.reduce((sum, line) => sum + this.lineHeight(line.style.size), 0),
      );
    });
    return h + 2 * pad;
  }

  private drawRow(
    cells: readonly Cell[],
    columns: readonly Column[],
    edges: { x: number; w: number }[],
    h: number,
    pad: number,
  ): void {
    cells.forEach((cell, i) => {
      const edge = edges[i];
      if (!edge) return;
      if (cell.fill) {
        this.doc.setFillColor(...cell.fill);
        this.doc.rect(edge.x, this.y, edge.w, h, 'F');
      }
      let top = this.y + pad;
      for (const line of this.cellLines(cell, edge.w - 2 * pad)) {
        const lh = this.lineHeight(line.style.size);
        this.style(line.style);
        this.placeLine(
          line.text,
          edge.x + pad,
          edge.w - 2 * pad,
          top + lh * 0.75,
          columns[i]?.align,
          cell.auto ? firstStrong(cell.text, this.dir) : this.dir,
        );
        top += lh;
      }
    });
    this.doc.setDrawColor(...LINE);
    this.doc.setLineWidth(0.5);
    const x0 = edges.reduce((m, e) => Math.min(m, e.x), Infinity);
    const x1 = edges.reduce((m, e) => Math.max(m, e.x + e.w), -Infinity);
    this.doc.line(x0, this.y + h, x1, this.y + h);
  }

  /**
   * Draws a table in the flow: `header` rows repeat at the top of every page it runs onto, a
   * row is never split across pages, and a row `keepWithNext` says so of (a group's heading row)
   * moves to the next page with the row after it rather than end a page alone.
   */
  table(
    columns: readonly Column[],
    header: readonly (readonly Cell[])[],
    rows: readonly (readonly Cell[])[],
    box = { x: this.left, w: this.measure },
    keepWithNext: (row: number) => boolean = () => false,
  ): void {
    const pad = 3;
    const edges = this.columnEdges(columns, box.x, box.w);
    const headerHeights = header.map((row) => this.rowHeight(row, edges, pad));
    const drawHeader = () => {
      header.forEach((row, i) => {
        this.drawRow(row, columns, edges, headerHeights[i] ?? 0, pad);
        this.y += headerHeights[i] ?? 0;
      });
    };
    const headerHeight = headerHeights.reduce((a, b) => a + b, 0);
    const first = rows[0] ? this.rowHeight(rows[0], edges, pad) : 0;
    this.ensure(headerHeight + first);
    drawHeader();
    rows.forEach((row, i) => {
      const h = this.rowHeight(row, edges, pad);
      const next = rows[i + 1];
      const needed = keepWithNext(i) && next ? h + this.rowHeight(next, edges, pad) : h;
      if (this.y + needed > this.bottom) {
        this.newPage(this.orientation);
        drawHeader();
      }
      this.drawRow(row, columns, edges, h, pad);
      this.y += h;
    });
    this.y += 8;
  }
}

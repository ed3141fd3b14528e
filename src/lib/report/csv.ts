/**
 * CSV as spreadsheet programs read it (RFC 4180): UTF-8 with a byte-order mark, so Excel shows
 * Arabic; rows ended by CRLF; a cell holding a comma, a quote or a line break quoted, its quotes
 * doubled. A text cell that a spreadsheet would run as a formula (it begins with `=`, `+`, `-`,
 * `@`, a tab or a carriage return) gets a leading apostrophe, so a hostile team name or note is
 * shown, never run. Numbers the product writes itself are written as numbers.
 */

/** A cell: text (from the user or the product's words) or a number the product computed. */
export type CsvCell = string | number | null;

/** The byte-order mark that tells spreadsheet programs the file is UTF-8. */
export const BOM = '\uFEFF';

/** First characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text made inert for a spreadsheet: an apostrophe before a formula's first character. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell as CSV: neutralised if text, quoted when it must be. */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutralise(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as a CSV file's text, byte-order mark first, every row ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** The media type a CSV download is offered with. */
export const CSV_TYPE = 'text/csv;charset=utf-8';

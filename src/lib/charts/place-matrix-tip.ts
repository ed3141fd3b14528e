/**
 * Where the matrix's explanation (or letter editor) opens: next to the cell it explains, inside
 * the part of the matrix that is scrolled into view, below the row in the upper part of the
 * matrix and above it lower down, so it never runs off the matrix's box.
 */
import type { MatrixActivityRow, MatrixLayout } from './raci-matrix-layout';

/** The panel's box: `start` is its inline-start offset; one of `top` and `bottom` is set. */
export interface TipPlace {
  start: number;
  width: number;
  top: number | undefined;
  bottom: number | undefined;
}

/** The widest the panel gets, and its distance from the edges of the view. */
const WIDEST = 336;
const MARGIN = 4;

/**
 * Places the panel for a cell (`col` 0 is the row's flags) given the visible width of the
 * matrix's scroll box and how far it is scrolled from its inline start.
 */
export function placeMatrixTip(
  layout: Pick<MatrixLayout, 'width' | 'height' | 'flags'>,
  row: Pick<MatrixActivityRow, 'y' | 'height' | 'cells'>,
  col: number,
  view: { width: number; scrolled: number },
  rtl: boolean,
): TipPlace | null {
  const box = col === 0 ? layout.flags : row.cells[col - 1];
  if (!box) return null;
  const inline = rtl ? layout.width - box.x - box.width : box.x;
  const visible = view.width > 0 ? view.width : layout.width;
  const width = Math.min(WIDEST, visible - 2 * MARGIN);
  const first = view.scrolled + MARGIN;
  const last = view.scrolled + visible - width - MARGIN;
  const start = Math.max(first, Math.min(inline - 2 * MARGIN, last));
  const end = row.y + row.height;
  return end < layout.height * 0.6
    ? { start, width, top: end + MARGIN, bottom: undefined }
    : { start, width, top: undefined, bottom: layout.height - row.y + MARGIN };
}

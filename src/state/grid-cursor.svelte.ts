import type { Letter } from './assessment-draft.svelte';

/** A cell of a grid: row and column, counted from 0. */
export interface Cell {
  row: number;
  col: number;
}

/** How many rows and columns a grid has. */
export interface GridSize {
  rows: number;
  cols: number;
}

/** The parts of a keyboard event the grid listens to. */
export interface GridKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** What a key asks the grid to do: move the cursor, switch a letter, or empty the cell. */
export type GridCommand =
  { kind: 'move'; to: Cell } | { kind: 'toggle'; letter: Letter } | { kind: 'clear' };

const LETTER_KEYS: Readonly<Record<string, Letter>> = { r: 'R', a: 'A', c: 'C', i: 'I' };

function clamp(value: number, count: number): number {
  return Math.min(Math.max(value, 0), Math.max(count - 1, 0));
}

function move(at: Cell, key: GridKey, size: GridSize, rtl: boolean): Cell | null {
  const last = { row: size.rows - 1, col: size.cols - 1 };
  // Arrows follow what the eye sees: in right-to-left pages the next column is on the left.
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  const control = key.ctrlKey || key.metaKey;
  switch (key.key) {
    case forward:
      return { row: at.row, col: at.col + 1 };
    case backward:
      return { row: at.row, col: at.col - 1 };
    case 'ArrowDown':
      return { row: at.row + 1, col: at.col };
    case 'ArrowUp':
      return { row: at.row - 1, col: at.col };
    case 'Home':
      return control ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return control ? last : { row: at.row, col: last.col };
    default:
      return null;
  }
}

/**
 * Reads a key pressed on a grid cell: arrows, Home and End move (stopping at the edges),
 * R/A/C/I in either case switch a letter, Delete and Backspace empty the cell.
 * Returns null for any other key, so the browser keeps its own behaviour (Tab, shortcuts).
 */
export function readGridKey(
  key: GridKey,
  at: Cell,
  size: GridSize,
  rtl: boolean,
): GridCommand | null {
  if (size.rows === 0 || size.cols === 0 || key.altKey) return null;
  const to = move(at, key, size, rtl);
  if (to)
    return { kind: 'move', to: { row: clamp(to.row, size.rows), col: clamp(to.col, size.cols) } };
  if (key.ctrlKey || key.metaKey) return null;
  if (key.key === 'Delete' || key.key === 'Backspace') return { kind: 'clear' };
  const letter = LETTER_KEYS[key.key.toLowerCase()];
  return letter ? { kind: 'toggle', letter } : null;
}

/** The roving-tabindex cursor of a grid: the one cell that holds tabindex 0, kept inside the grid as it changes size. */
export class GridCursor {
  #size: () => GridSize;
  #row = $state(0);
  #col = $state(0);

  /** The cursor's row, within the grid (a getter, so it follows the grid's size as it changes). */
  get row(): number {
    return clamp(this.#row, this.#size().rows);
  }

  /** The cursor's column, within the grid. */
  get col(): number {
    return clamp(this.#col, this.#size().cols);
  }

  constructor(size: () => GridSize) {
    this.#size = size;
  }

  /** Whether the cursor is on a cell (that cell is the grid's tab stop). */
  isAt(row: number, col: number): boolean {
    return this.row === row && this.col === col;
  }

  /** Puts the cursor on a cell (clamped into the grid). */
  moveTo(cell: Cell): void {
    const size = this.#size();
    this.#row = clamp(cell.row, size.rows);
    this.#col = clamp(cell.col, size.cols);
  }

  /** Reads a key at the cursor; a move is applied at once, other commands are returned to the caller. */
  press(key: GridKey, rtl: boolean): GridCommand | null {
    const command = readGridKey(key, { row: this.row, col: this.col }, this.#size(), rtl);
    if (command?.kind === 'move') this.moveTo(command.to);
    return command;
  }
}

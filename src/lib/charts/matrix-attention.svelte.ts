/**
 * Which cell of the RACI matrix the explanation panel is about: the one under the pointer, else
 * the focused one, whichever moved last; Escape hides it until the next move. While the letter
 * editor is open it is about the cell being edited.
 */
import type { Cell } from '../../state/grid-cursor.svelte';

/** A cell, and the flag badge under the pointer when there is one. */
export type PointedCell = Cell & { flag?: number | undefined };

/** The matrix's focus, pointer and editor state (a rune class: views read it reactively). */
export class MatrixAttention {
  focused = $state<Cell | null>(null);
  hovered = $state<PointedCell | null>(null);
  editing = $state<Cell | null>(null);
  dismissed = $state(false);

  /** The cell the panel shows, or null when it is hidden. */
  get shown(): PointedCell | null {
    return this.editing ?? (this.dismissed ? null : (this.hovered ?? this.focused));
  }

  /** The keyboard (or a click) reached a cell: it replaces what the pointer showed. */
  focus(at: Cell): void {
    this.focused = at;
    this.hovered = null;
    this.dismissed = false;
  }

  /** The pointer is over a cell, or over one of its flag badges; null when it left the matrix. */
  hover(at: PointedCell | null): void {
    this.hovered = at;
    if (at) this.dismissed = false;
  }

  /** The focus left the matrix. */
  blur(): void {
    this.focused = null;
  }

  /** Escape: hides the panel; true when there was one to hide. */
  dismiss(): boolean {
    const hid = !this.dismissed && this.shown !== null;
    this.dismissed = true;
    return hid;
  }

  /** Whether the panel is describing this cell (the editor describes nothing: it is a group). */
  describes(row: number, col: number): boolean {
    const shown = this.shown;
    return !this.editing && shown !== null && shown.row === row && shown.col === col;
  }
}

import { describe, expect, it } from 'vitest';
import { MatrixAttention } from './matrix-attention.svelte';

describe('what the matrix’s explanation is about', () => {
  it('follows the focus, and the pointer while it is over a cell', () => {
    const attention = new MatrixAttention();
    attention.focus({ row: 1, col: 2 });
    expect(attention.shown).toEqual({ row: 1, col: 2 });
    attention.hover({ row: 3, col: 0, flag: 1 });
    expect(attention.shown).toEqual({ row: 3, col: 0, flag: 1 });
    attention.hover(null);
    expect(attention.shown).toEqual({ row: 1, col: 2 });
  });

  it('lets a keyboard move win over where the pointer rests', () => {
    const attention = new MatrixAttention();
    attention.hover({ row: 3, col: 0 });
    attention.focus({ row: 4, col: 1 });
    expect(attention.shown).toEqual({ row: 4, col: 1 });
  });

  it('hides on Escape until the next move', () => {
    const attention = new MatrixAttention();
    attention.focus({ row: 1, col: 1 });
    expect(attention.dismiss()).toBe(true);
    expect(attention.shown).toBeNull();
    expect(attention.dismiss()).toBe(false);
    attention.focus({ row: 2, col: 1 });
    expect(attention.shown).toEqual({ row: 2, col: 1 });
  });

  it('is about the edited cell while the editor is open, and describes no cell then', () => {
    const attention = new MatrixAttention();
    attention.focus({ row: 1, col: 1 });
    expect(attention.describes(1, 1)).toBe(true);
    attention.editing = { row: 1, col: 1 };
    attention.dismiss();
    expect(attention.shown).toEqual({ row: 1, col: 1 });
    expect(attention.describes(1, 1)).toBe(false);
  });

  it('shows nothing once the focus has left and the pointer is elsewhere', () => {
    const attention = new MatrixAttention();
    attention.focus({ row: 1, col: 1 });
    attention.blur();
    expect(attention.shown).toBeNull();
  });
});

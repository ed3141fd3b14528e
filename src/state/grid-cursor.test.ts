import { describe, expect, it } from 'vitest';
import { GridCursor, readGridKey, type GridKey } from './grid-cursor.svelte';

const size = { rows: 3, cols: 4 };
const middle = { row: 1, col: 1 };

function key(name: string, mods: Partial<GridKey> = {}): GridKey {
  return { key: name, ctrlKey: false, metaKey: false, altKey: false, ...mods };
}

describe('readGridKey', () => {
  it('moves to the next column with ArrowRight in a left-to-right page', () => {
    expect(readGridKey(key('ArrowRight'), middle, size, false)).toEqual({
      kind: 'move',
      to: { row: 1, col: 2 },
    });
    expect(readGridKey(key('ArrowLeft'), middle, size, false)).toEqual({
      kind: 'move',
      to: { row: 1, col: 0 },
    });
  });

  it('moves to the next column with ArrowLeft in a right-to-left page', () => {
    expect(readGridKey(key('ArrowLeft'), middle, size, true)).toEqual({
      kind: 'move',
      to: { row: 1, col: 2 },
    });
    expect(readGridKey(key('ArrowRight'), middle, size, true)).toEqual({
      kind: 'move',
      to: { row: 1, col: 0 },
    });
  });

  it('moves between rows with ArrowUp and ArrowDown in either direction', () => {
    for (const rtl of [false, true]) {
      expect(readGridKey(key('ArrowDown'), middle, size, rtl)).toEqual({
        kind: 'move',
        to: { row: 2, col: 1 },
      });
      expect(readGridKey(key('ArrowUp'), middle, size, rtl)).toEqual({
        kind: 'move',
        to: { row: 0, col: 1 },
      });
    }
  });

  it('stops at the edges instead of wrapping', () => {
    const corner = { row: 2, col: 3 };
    expect(readGridKey(key('ArrowDown'), corner, size, false)).toEqual({
      kind: 'move',
      to: corner,
    });
    expect(readGridKey(key('ArrowRight'), corner, size, false)).toEqual({
      kind: 'move',
      to: corner,
    });
    expect(readGridKey(key('ArrowLeft'), corner, size, true)).toEqual({ kind: 'move', to: corner });
    expect(readGridKey(key('ArrowUp'), { row: 0, col: 0 }, size, false)).toEqual({
      kind: 'move',
      to: { row: 0, col: 0 },
    });
  });

  it('goes to the start and end of the row with Home and End', () => {
    expect(readGridKey(key('Home'), middle, size, false)).toEqual({
      kind: 'move',
      to: { row: 1, col: 0 },
    });
    expect(readGridKey(key('End'), middle, size, true)).toEqual({
      kind: 'move',
      to: { row: 1, col: 3 },
    });
  });

  it('goes to the first and last cell of the grid with Control+Home and Control+End', () => {
    expect(readGridKey(key('Home', { ctrlKey: true }), middle, size, false)).toEqual({
      kind: 'move',
      to: { row: 0, col: 0 },
    });
    expect(readGridKey(key('End', { metaKey: true }), middle, size, false)).toEqual({
      kind: 'move',
      to: { row: 2, col: 3 },
    });
  });

  it('switches a letter for r, a, c and i in either case', () => {
    expect(readGridKey(key('r'), middle, size, false)).toEqual({ kind: 'toggle', letter: 'R' });
    expect(readGridKey(key('A'), middle, size, false)).toEqual({ kind: 'toggle', letter: 'A' });
    expect(readGridKey(key('c'), middle, size, true)).toEqual({ kind: 'toggle', letter: 'C' });
    expect(readGridKey(key('I'), middle, size, true)).toEqual({ kind: 'toggle', letter: 'I' });
  });

  it('empties the cell with Delete or Backspace', () => {
    expect(readGridKey(key('Delete'), middle, size, false)).toEqual({ kind: 'clear' });
    expect(readGridKey(key('Backspace'), middle, size, false)).toEqual({ kind: 'clear' });
  });

  it('leaves other keys and shortcuts to the browser', () => {
    expect(readGridKey(key('Tab'), middle, size, false)).toBeNull();
    expect(readGridKey(key('x'), middle, size, false)).toBeNull();
    expect(readGridKey(key('Enter'), middle, size, false)).toBeNull();
    expect(readGridKey(key('r', { ctrlKey: true }), middle, size, false)).toBeNull();
    expect(readGridKey(key('a', { metaKey: true }), middle, size, false)).toBeNull();
    expect(readGridKey(key('ArrowLeft', { altKey: true }), middle, size, false)).toBeNull();
  });

  it('does nothing in an empty grid', () => {
    expect(readGridKey(key('ArrowDown'), middle, { rows: 0, cols: 4 }, false)).toBeNull();
    expect(readGridKey(key('r'), middle, { rows: 2, cols: 0 }, false)).toBeNull();
  });
});

describe('GridCursor', () => {
  it('starts on the first cell', () => {
    const cursor = new GridCursor(() => size);
    expect(cursor.isAt(0, 0)).toBe(true);
    expect(cursor.isAt(0, 1)).toBe(false);
  });

  it('applies moves and hands other commands back', () => {
    const cursor = new GridCursor(() => size);
    expect(cursor.press(key('End'), false)).toEqual({ kind: 'move', to: { row: 0, col: 3 } });
    expect(cursor.press(key('ArrowDown'), false)?.kind).toBe('move');
    expect([cursor.row, cursor.col]).toEqual([1, 3]);
    expect(cursor.press(key('a'), false)).toEqual({ kind: 'toggle', letter: 'A' });
    expect([cursor.row, cursor.col]).toEqual([1, 3]);
  });

  it('keeps the cursor inside the grid when it shrinks', () => {
    let current = { rows: 3, cols: 4 };
    const cursor = new GridCursor(() => current);
    cursor.moveTo({ row: 2, col: 3 });
    current = { rows: 2, cols: 2 };
    expect([cursor.row, cursor.col]).toEqual([1, 1]);
    cursor.moveTo({ row: 5, col: -1 });
    expect([cursor.row, cursor.col]).toEqual([1, 0]);
  });
});

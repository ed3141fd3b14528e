import { describe, expect, it } from 'vitest';
import { alignColumns, measureWidth } from './analyse-table';

describe('measureWidth', () => {
  it('counts one column a letter, Arabic included', () => {
    expect(measureWidth('Data')).toBe(4);
    expect(measureWidth('فريق')).toBe(4);
  });

  it('gives combining marks such as Arabic vowel signs no column', () => {
    expect(measureWidth('محدَّد')).toBe(4);
  });
});

describe('alignColumns', () => {
  it('pads each column to its widest cell, two spaces apart, without trailing spaces', () => {
    expect(
      alignColumns([
        ['a', 'bb', 'c'],
        ['ccc', 'd', ''],
      ]),
    ).toEqual(['a    bb  c', 'ccc  d']);
  });
});

describe('alignColumns with text from a file', () => {
  it('keeps a cell with a newline or an escape code on its row, shown escaped, and aligns by what is shown', () => {
    expect(
      alignColumns([
        ['a\nb', 'x'],
        ['\u001b[2J', 'y'],
      ]),
    ).toEqual(['a\\nb     x', '\\x1b[2J  y']);
  });
});

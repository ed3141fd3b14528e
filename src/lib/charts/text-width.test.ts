import { describe, expect, it } from 'vitest';
import { estimateTextWidth, truncateText, wrapText } from './text-width';

describe('measuring text without a browser', () => {
  it('grows with the text and the font size', () => {
    expect(estimateTextWidth('Review', 12)).toBeGreaterThan(estimateTextWidth('Data', 12));
    expect(estimateTextWidth('Data', 24)).toBeCloseTo(2 * estimateTextWidth('Data', 12));
  });

  it('gives Arabic diacritics no width of their own', () => {
    expect(estimateTextWidth('محفِّزات', 12)).toBe(estimateTextWidth('محفزات', 12));
  });

  it('leaves a text that fits as it is, and shortens one that does not with an ellipsis', () => {
    expect(truncateText('IT', 50, 12)).toBe('IT');
    const cut = truncateText('Customer Communications Unit', 80, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateTextWidth(cut, 12)).toBeLessThanOrEqual(80);
  });
});

describe('wrapping a label', () => {
  it('keeps a short label on one line', () => {
    expect(wrapText('Data', 100, 12, 2)).toEqual({ lines: ['Data'], truncated: false });
  });

  it('breaks a long label at spaces into lines that fit', () => {
    const { lines, truncated } = wrapText('Define the business events and rules', 110, 12, 3);
    expect(lines.length).toBeGreaterThan(1);
    expect(truncated).toBe(false);
    expect(lines.join(' ')).toBe('Define the business events and rules');
    for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(110);
  });

  it('ends the last line with an ellipsis when the text needs more lines than allowed', () => {
    const { lines, truncated } = wrapText('one two three four five six seven eight', 40, 12, 2);
    expect(lines).toHaveLength(2);
    expect(truncated).toBe(true);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('cuts a word longer than a line', () => {
    const { lines, truncated } = wrapText('Communications', 40, 12, 1);
    expect(truncated).toBe(true);
    expect(estimateTextWidth(lines[0] ?? '', 12)).toBeLessThanOrEqual(40);
  });
});

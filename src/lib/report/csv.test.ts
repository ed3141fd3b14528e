import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, neutralise, toCsv } from './csv';
import { readCsv } from './testing/read-csv';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r'];
const withoutBom = (text: string): string => text.slice(BOM.length);

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "yes"')).toBe('"say ""yes"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const start of DANGEROUS) expect(neutralise(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutralise('Marketing - brand')).toBe('Marketing - brand');
    expect(neutralise('فريق = التسويق')).toBe('فريق = التسويق');
  });

  it('writes the numbers the product computes as numbers, even negative ones', () => {
    expect(csvCell(3)).toBe('3');
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(null)).toBe('');
  });
});

describe('a CSV file', () => {
  it('starts with a byte-order mark and ends every row with CRLF', () => {
    const text = toCsv([
      ['a', 'b'],
      ['ج', 2],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(withoutBom(text)).toBe('a,b\r\nج,2\r\n');
  });

  it('gives back any text put in a cell, and no cell a spreadsheet would run', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (rows) => {
          const read = readCsv(withoutBom(toCsv(rows)));
          expect(read).toEqual(rows.map((row) => row.map(neutralise)));
          for (const cell of read.flat())
            expect(DANGEROUS.some((start) => cell.startsWith(start))).toBe(false);
          expect(read.flat().map((cell) => cell.replace(/^'(?=[=+\-@\t\r])/, ''))).toEqual(
            rows.flat(),
          );
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});

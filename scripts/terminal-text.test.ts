import { describe, expect, it } from 'vitest';
import { cutLong, escapeControls, terminalJson, terminalText } from './terminal-text';

describe('escapeControls', () => {
  it('shows an escape code, a bell and a null as visible escapes', () => {
    expect(escapeControls('a\u001b[2Jb\u0007\u0000')).toBe('a\\x1b[2Jb\\x07\\x00');
  });

  it('writes a newline, a carriage return and a tab the way a programmer reads them', () => {
    expect(escapeControls('one\ntwo\rthree\tfour')).toBe('one\\ntwo\\rthree\\tfour');
  });

  it('shows DEL and the C1 controls, the single-byte escape codes included', () => {
    expect(escapeControls('\u007f\u0085\u009b31m')).toBe('\\x7f\\x85\\x9b31m');
  });

  it('shows bidirectional overrides, isolates, marks and line separators', () => {
    expect(
      escapeControls(
        '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u2028\u2029',
      ),
    ).toBe(
      '\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c\\u2028\\u2029',
    );
  });

  it('leaves Arabic, accents and punctuation as they are', () => {
    expect(escapeControls('مصرف الخليج · Société – “x”')).toBe('مصرف الخليج · Société – “x”');
  });
});

describe('cutLong', () => {
  it('keeps a value of 80 characters whole and cuts a longer one, giving its length', () => {
    expect(cutLong('x'.repeat(80))).toBe('x'.repeat(80));
    expect(cutLong('x'.repeat(81))).toBe(`${'x'.repeat(80)}… (81 characters)`);
  });

  it('never splits a character written with two code units', () => {
    expect(cutLong('😀'.repeat(3), 2)).toBe('😀😀… (3 characters)');
  });
});

describe('terminalText', () => {
  it('cuts first, so a value of escapes stays short and counts the characters it had', () => {
    expect(terminalText('\u202e'.repeat(100))).toBe(`${'\\u202e'.repeat(80)}… (100 characters)`);
  });
});

describe('terminalJson', () => {
  it('escapes what JSON leaves raw, and the JSON reads back as the same text', () => {
    const value = { name: 'a\u202eb\u2028c\u0085', 'key\u2066': 1 };
    const json = terminalJson(JSON.stringify(value, null, 2));
    expect(json).toContain('a\\u202eb\\u2028c\\u0085');
    expect(json).toContain('\n');
    expect(JSON.parse(json)).toEqual(value);
  });
});

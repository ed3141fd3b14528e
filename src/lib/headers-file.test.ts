import { describe, expect, it } from 'vitest';
import { formatHeadersFile, headersFor, parseHeadersFile } from './headers-file.mjs';

const rules = [
  { pattern: '/*', headers: { 'X-Frame-Options': 'DENY', 'Cache-Control': 'no-cache' } },
  { pattern: '/_astro/*', headers: { 'Cache-Control': 'max-age=31536000' } },
];

describe('the _headers file', () => {
  it('puts each path on its own line with its headers indented under it', () => {
    expect(formatHeadersFile(rules)).toBe(
      '/*\n  X-Frame-Options: DENY\n  Cache-Control: no-cache\n\n/_astro/*\n  Cache-Control: max-age=31536000\n',
    );
  });

  it('reads back what it writes, skipping comments, blank lines and Windows line ends', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
    expect(parseHeadersFile('# a comment\r\n/en/\r\n  A: b: c\r\n')).toEqual([
      { pattern: '/en/', headers: { A: 'b: c' } },
    ]);
  });

  it('gives a path the headers of every rule that matches it, as the hosts do', () => {
    expect(headersFor(rules, '/en/')).toEqual({
      'X-Frame-Options': 'DENY',
      'Cache-Control': 'no-cache',
    });
    expect(headersFor(rules, '/_astro/a.js')).toEqual({
      'X-Frame-Options': 'DENY',
      'Cache-Control': 'no-cache, max-age=31536000',
    });
    expect(headersFor([{ pattern: '/en/', headers: { A: 'b' } }], '/en/x/')).toEqual({});
  });
});

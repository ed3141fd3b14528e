import { describe, expect, it } from 'vitest';
import en from './en.json';
import ar from './ar.json';
import { dirOf, interpolate, translator } from './index';
import { formatDate, formatNumber, formatPeriod } from './format';

const ARABIC_LETTER = /[\u0600-\u06FF]/;

describe('the translation files', () => {
  it('have exactly the same keys in English and Arabic', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty value in either language', () => {
    for (const dict of [en, ar] as Record<string, string>[]) {
      for (const [key, value] of Object.entries(dict)) {
        expect(value.trim(), key).not.toBe('');
      }
    }
  });

  it('use flat dotted keys', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[a-z][\w-]*(\.[\w<>.-]+)+$/);
  });

  it('write every Arabic string with Arabic letters', () => {
    const exempt = new Set(['lang.self']);
    for (const [key, value] of Object.entries(ar as Record<string, string>)) {
      if (!exempt.has(key)) expect(value, key).toMatch(ARABIC_LETTER);
    }
  });

  it('keep the same placeholders in both languages', () => {
    const names = (s: string): string[] =>
      [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
    for (const [key, value] of Object.entries(en as Record<string, string>)) {
      expect(names((ar as Record<string, string>)[key] ?? ''), key).toEqual(names(value));
    }
  });
});

describe('translating', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} of {b}', { a: 1 })).toBe('1 of {b}');
  });

  it('gives Arabic pages a right-to-left direction', () => {
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('en')).toBe('ltr');
    expect(translator('ar')('wizard.next')).toBe('التالي');
  });
});

describe('formatting numbers and dates', () => {
  it('writes Arabic-Indic digits by default and Latin digits on request', () => {
    expect(formatNumber('ar', 1234)).toBe('١٬٢٣٤');
    expect(formatNumber('ar', 1234, { digits: 'latn', calendar: 'gregory' })).toBe('1,234');
    expect(formatNumber('en', 1234)).toBe('1,234');
  });

  it('writes dates in the Umm al-Qura calendar when chosen', () => {
    const date = new Date('2026-11-23T12:00:00Z');
    const hijri = formatDate(
      'ar',
      date,
      { digits: 'latn', calendar: 'islamic-umalqura' },
      { dateStyle: 'long' },
    );
    expect(hijri).toContain('1448');
    const gregorian = formatDate(
      'ar',
      date,
      { digits: 'latn', calendar: 'gregory' },
      { dateStyle: 'long' },
    );
    expect(gregorian).toContain('2026');
  });

  it('names quarters in words in Arabic', () => {
    expect(formatPeriod('ar', '2026-Q4', { digits: 'latn', calendar: 'gregory' })).toBe(
      'الربع الرابع 2026',
    );
    expect(formatPeriod('en', '2026-Q1')).toBe('Q1 2026');
  });
});

import { describe, expect, it } from 'vitest';
import en from './en.json';
import ar from './ar.json';
import { dirOf, translator, type Lang } from './index';
import { fill, interpolate, isolate, plural, pluralKey, pieces } from './interpolate';
import { formatDate, formatNumber, formatPeriod } from './format';

const ARABIC_LETTER = /[\u0600-\u06FF]/;
const FSI = '\u2068';
const LRI = '\u2066';
const PDI = '\u2069';
const dictionaries: Record<Lang, Record<string, string>> = { en, ar };

/**
 * A string that counts a noun is a group of keys, one per plural form: `group.one`,
 * `group.other` in English (the forms English selects) and `group.zero` … `group.other` in
 * Arabic (the six it selects). A group is named by an English `.one` key beside an `.other` key.
 */
const PLURAL_FORM = /\.(zero|one|two|few|many|other)$/;
const pluralGroups = new Set(
  Object.keys(en)
    .filter((key) => key.endsWith('.one') && `${key.slice(0, -4)}.other` in en)
    .map((key) => key.slice(0, -4)),
);
const groupOf = (key: string): string | undefined => {
  const group = key.replace(PLURAL_FORM, '');
  return group !== key && pluralGroups.has(group) ? group : undefined;
};
const formsOf = (lang: Lang): string[] =>
  new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
const placeholders = (s: string): string[] =>
  [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('the translation files', () => {
  it('have the same keys in English and Arabic, apart from the plural forms each language uses', () => {
    const single = (dict: Record<string, string>) =>
      Object.keys(dict)
        .filter((key) => groupOf(key) === undefined)
        .sort();
    expect(single(ar)).toEqual(single(en));
    for (const lang of ['en', 'ar'] as const) {
      for (const group of pluralGroups) {
        const forms = Object.keys(dictionaries[lang])
          .filter((key) => groupOf(key) === group)
          .map((key) => key.slice(group.length + 1))
          .sort();
        expect(forms, `${lang} ${group}`).toEqual(formsOf(lang));
      }
    }
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

  it('write every Arabic string with Arabic letters, unless it only arranges values', () => {
    const exempt = new Set(['lang.self']);
    for (const [key, value] of Object.entries(ar as Record<string, string>)) {
      const words = value.replace(/\{\w+\}/g, '');
      if (!exempt.has(key) && /\p{L}/u.test(words)) expect(value, key).toMatch(ARABIC_LETTER);
    }
  });

  it('keep the same placeholders in both languages', () => {
    for (const [key, value] of Object.entries(en as Record<string, string>)) {
      if (groupOf(key) === undefined)
        expect(placeholders((ar as Record<string, string>)[key] ?? ''), key).toEqual(
          placeholders(value),
        );
    }
  });

  it('use in each plural form only placeholders of the group, which may spell out small counts', () => {
    for (const group of pluralGroups) {
      const allowed = placeholders(en[`${group}.other` as keyof typeof en]);
      for (const lang of ['en', 'ar'] as const) {
        const other = dictionaries[lang][`${group}.other`] ?? '';
        expect(placeholders(other), `${lang} ${group}.other`).toEqual(allowed);
        for (const form of formsOf(lang)) {
          const text = dictionaries[lang][`${group}.${form}`] ?? '';
          for (const name of placeholders(text))
            expect(allowed, `${lang} ${group}.${form}`).toContain(name);
        }
      }
    }
  });
});

describe('filling placeholders', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} of {b}', { a: 1 }, 'en')).toBe('1 of {b}');
    expect(interpolate('{a} of {b}', undefined, 'en')).toBe('{a} of {b}');
  });

  it('cuts a string into its words and the values that fill it', () => {
    expect(pieces('{path}: missing ({n})', { path: 'teams[0]', n: 2 })).toEqual([
      { text: 'teams[0]', placeholder: 'path' },
      { text: ': missing (' },
      { text: '2', placeholder: 'n' },
      { text: ')' },
    ]);
  });

  it('isolates a Latin or numeric value inserted into an Arabic sentence', () => {
    const t = translator('ar');
    expect(t('home.import.failed', { file: 'broken.json' })).toBe(
      `تعذّر فتح «${FSI}broken.json${PDI}». لم يتغيّر شيء مما هو محفوظ في هذا المتصفح.`,
    );
    expect(isolate('ar', 'CCM')).toBe(`${FSI}CCM${PDI}`);
    expect(isolate('ar', '٣')).toBe(`${FSI}٣${PDI}`);
    expect(isolate('ar', '12')).toBe(`${FSI}12${PDI}`);
    expect(isolate('ar', 'الربع الرابع ٢٠٢٦')).toBe(`${FSI}الربع الرابع ٢٠٢٦${PDI}`);
    expect(isolate('ar', 'Équipe')).toBe(`${FSI}Équipe${PDI}`);
  });

  it('leaves Arabic names as they are, and every value on an English page', () => {
    expect(isolate('ar', 'الامتثال')).toBe('الامتثال');
    expect(interpolate('الراعي التنفيذي: {team}.', { team: 'اللجنة التنفيذية' }, 'ar')).toBe(
      'الراعي التنفيذي: اللجنة التنفيذية.',
    );
    expect(translator('en')('home.import.failed', { file: 'broken.json' })).toBe(
      '“broken.json” could not be opened. Nothing saved in this browser was changed.',
    );
    expect(isolate('en', 'الامتثال')).toBe('الامتثال');
  });

  it('fills text that is stored without isolation marks', () => {
    expect(fill(ar['home.copyName'], { name: 'Acme' })).toBe('Acme (نسخة)');
  });

  it('gives Arabic pages a right-to-left direction', () => {
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('en')).toBe('ltr');
    expect(translator('ar')('wizard.next')).toBe('التالي');
  });
});

describe('the Arabic strings', () => {
  it('write no literal digit, except left-to-right samples wrapped in U+2066 … U+2069', () => {
    const samples = new RegExp(`${LRI}[^${PDI}]*${PDI}`, 'g');
    const offenders = Object.entries(ar as Record<string, string>)
      .filter(([, value]) => /[0-9٠-٩۰-۹]/.test(value.replace(samples, '').replace(/\{\w+\}/g, '')))
      .map(([key, value]) => `${key}: ${value}`);
    expect(offenders).toEqual([]);
  });

  it('wrap the period example, which the reader types left to right, in U+2066 … U+2069', () => {
    expect(ar['profile.period.hint']).toContain(`${LRI}2026-Q4${PDI}`);
    expect(ar['profile.period.invalid']).toContain(`${LRI}2026-Q4${PDI}`);
  });
});

describe('counting', () => {
  const COUNTS = [0, 1, 2, 3, 11, 100];

  it('selects the Arabic plural forms: zero, one, two, few (3–10), many (11–99) and other (100)', () => {
    expect(COUNTS.map((n) => plural('ar', n))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });

  it('selects the English plural forms: one, and other for every other count', () => {
    expect(COUNTS.map((n) => plural('en', n))).toEqual([
      'other',
      'one',
      'other',
      'other',
      'other',
      'other',
    ]);
  });

  it('names the key of the form a count takes', () => {
    expect(pluralKey('ar', 'overview.workshop', 2)).toBe('overview.workshop.two');
    expect(pluralKey('en', 'overview.workshop', 2)).toBe('overview.workshop.other');
  });

  it('writes the workshop size in Arabic with the noun in the form its count needs', () => {
    const t = translator('ar');
    const size = (n: number): string =>
      t(pluralKey('ar', 'overview.workshop', n) as 'overview.workshop.other', {
        n: formatNumber('ar', n),
        kappa: '٠٫٥',
      }).split('؛')[0] ?? '';
    expect(COUNTS.map(size)).toEqual([
      'ورشة عمل بلا مشاركين',
      'ورشة عمل ضمّت مشاركاً واحداً',
      'ورشة عمل ضمّت مشاركَين',
      `ورشة عمل ضمّت ${FSI}٣${PDI} مشاركين`,
      `ورشة عمل ضمّت ${FSI}١١${PDI} مشاركاً`,
      `ورشة عمل ضمّت ${FSI}١٠٠${PDI} مشارك`,
    ]);
  });

  it('writes the workshop size in English in the singular for one participant only', () => {
    const t = translator('en');
    const size = (n: number): string =>
      t(pluralKey('en', 'results.maturity.workshop', n) as 'results.maturity.workshop.other', {
        n: formatNumber('en', n),
      });
    expect(COUNTS.map(size)).toEqual([
      'median of 0 participants’ answers',
      'the answer of 1 participant',
      'median of 2 participants’ answers',
      'median of 3 participants’ answers',
      'median of 11 participants’ answers',
      'median of 100 participants’ answers',
    ]);
  });

  it('gives every Arabic plural group a form for each of 0, 1, 2, 3, 11 and 100', () => {
    for (const group of pluralGroups) {
      for (const n of COUNTS) {
        for (const lang of ['en', 'ar'] as const)
          expect(
            dictionaries[lang][pluralKey(lang, group, n)],
            `${lang} ${group} ${n}`,
          ).toBeTruthy();
      }
    }
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

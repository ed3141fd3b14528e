import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ar from './ar.json';
import glossary from './banned-terms.json';

const DATA = new URL('../../data/', import.meta.url);

interface BannedTerm {
  banned: string;
  use: string;
  except?: string[];
}

/** Arabic without its vowel marks, so «خاضع للتحكّم» and «خاضع للتحكم» are one variant. */
const bare = (text: string): string => text.replace(/[\u064B-\u0652\u0670]/g, '');

/** The id of an entry in a list, to name where a text sits. */
const idOf = (item: unknown): string | undefined =>
  typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string'
    ? item.id
    : undefined;

/** Every `ar` text in a JSON value, named by where it sits. */
function arabicTexts(value: unknown, where: string): [string, string][] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => arabicTexts(item, `${where}[${idOf(item) ?? i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === 'ar' && typeof item === 'string'
      ? [[where, item] as [string, string]]
      : arabicTexts(item, `${where}.${key}`),
  );
}

/** The banned variants a text uses, each with the term the glossary wants instead. */
function bannedIn(text: string, terms: readonly BannedTerm[]): string[] {
  return terms.flatMap((term) => {
    let rest = bare(text);
    for (const phrase of term.except ?? []) rest = rest.replaceAll(bare(phrase), '');
    return rest.includes(bare(term.banned)) ? [`«${term.banned}» → «${term.use}»`] : [];
  });
}

const terms: BannedTerm[] = glossary.terms;
const dataTexts = readdirSync(DATA)
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) =>
    arabicTexts(JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as unknown, name),
  );

describe('the Arabic glossary', () => {
  it('catches a banned variant with or without vowel marks, but not inside an allowed phrase', () => {
    expect(bannedIn('المستوى الخامس: خاضع للتحكم', terms)).toEqual([
      '«خاضع للتحكّم» → «خاضع للرقابة»',
    ]);
    expect(bannedIn('تأسيس وظيفة الرقابة على اتصالات العملاء', terms)).toHaveLength(2);
    expect(bannedIn('قوائم الرد الصوتي التفاعلي', terms)).toEqual([]);
    expect(bannedIn('تأسيس الوظيفة الرقابية على التواصل مع العملاء', terms)).toEqual([]);
  });

  it('finds Arabic texts in the model files', () => {
    expect(dataTexts.length).toBeGreaterThan(400);
  });

  it('is followed by every Arabic UI string', () => {
    const offenders = Object.entries(ar as Record<string, string>).flatMap(([key, text]) =>
      bannedIn(text, terms).map((found) => `${key}: ${found}`),
    );
    expect(offenders).toEqual([]);
  });

  it('is followed by every Arabic text in data/', () => {
    const offenders = dataTexts.flatMap(([where, text]) =>
      bannedIn(text, terms).map((found) => `${where}: ${found}`),
    );
    expect(offenders).toEqual([]);
  });
});

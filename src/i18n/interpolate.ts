/**
 * Filling strings and choosing plural forms: pure functions with no dictionary, so islands and
 * end-to-end tests use them without loading the translation files.
 */
import type { Lang } from './index';

/** Values that fill `{placeholders}` in a string. */
export type Params = Record<string, string | number>;

/** A stretch of a filled-in string: literal text, or the value of the placeholder it names. */
export interface Piece {
  text: string;
  /** The placeholder this value fills; absent for the string's own words. */
  placeholder?: string;
}

/** Cuts a string at its `{name}` placeholders and fills them; a missing value stays visible. */
export function pieces(text: string, params: Params = {}): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] ?? '';
    if (!(name in params)) continue;
    if (match.index > last) out.push({ text: text.slice(last, match.index) });
    out.push({ text: String(params[name]), placeholder: name });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** Fills `{name}` placeholders with the values as they are: for text that is stored, not shown. */
export function fill(text: string, params?: Params): string {
  return pieces(text, params)
    .map((piece) => piece.text)
    .join('');
}

// A Latin letter or a digit of any script: what an Arabic line can reorder around it.
const LEFT_TO_RIGHT_OR_NUMERIC = /[\p{Script=Latin}\p{Nd}]/u;

/**
 * A value as an Arabic sentence should hold it. A value with a Latin letter or a digit (a team
 * called "CCM", a path, a file name, a number, a quarter) is wrapped in first-strong isolate
 * marks (U+2068 … U+2069), so it keeps its own order and cannot drag the punctuation around it
 * out of place. A value in Arabic letters only reads in the sentence's direction and is left as
 * it is; so is every value on an English page.
 */
export function isolate(lang: Lang, value: string): string {
  return lang === 'ar' && LEFT_TO_RIGHT_OR_NUMERIC.test(value) ? `\u2068${value}\u2069` : value;
}

/** Fills `{name}` placeholders for a page in `lang`, isolating values as `isolate()` says. */
export function interpolate(text: string, params: Params | undefined, lang: Lang): string {
  // Most strings are asked for without values: nothing to fill (a what-if edit asks for hundreds).
  if (params === undefined) return text;
  return pieces(text, params)
    .map((piece) => (piece.placeholder === undefined ? piece.text : isolate(lang, piece.text)))
    .join('');
}

/** The plural categories a language can select (Arabic uses all six, English one and other). */
export type PluralForm = Intl.LDMLPluralRule;

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The plural form a count takes: `plural('ar', 11)` is `many`, `plural('en', 11)` is `other`. */
export function plural(lang: Lang, count: number): PluralForm {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/**
 * The key of the form a counted string takes. A string that counts a noun is a group of keys,
 * one per plural form: `overview.workshop.one`, `overview.workshop.other` in English, and
 * `.zero`, `.one`, `.two`, `.few`, `.many`, `.other` in Arabic. `pluralKey('ar',
 * 'overview.workshop', 2)` is `overview.workshop.two`.
 */
export function pluralKey(lang: Lang, group: string, count: number): string {
  return `${group}.${plural(lang, count)}`;
}

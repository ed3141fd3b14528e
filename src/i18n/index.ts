import en from './en.json';
import ar from './ar.json';
import { interpolate, type Params } from './interpolate';

/** The languages of the product; English is the reference for keys. */
export const LANGS = ['en', 'ar'] as const;
/** A language of the product. */
export type Lang = (typeof LANGS)[number];
/** Every UI string key, taken from the English file. */
export type UIKey = keyof typeof en;

const dictionaries: Record<Lang, Record<string, string>> = { en, ar };

/** The writing direction of a language. */
export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'ar' ? 'en' : 'ar';
}

/** A translate function for one language: `t('wizard.next')`, `t('progress.count', { n: 3 })`. */
export function translator(lang: Lang): (key: UIKey, params?: Params) => string {
  const dict = dictionaries[lang];
  return (key, params) => interpolate(dict[key] ?? en[key] ?? key, params, lang);
}

/** The strings for one language, to hand to an island (only the keys with a given prefix). */
export function pickStrings(lang: Lang, prefixes: readonly string[]): Record<string, string> {
  const dict = dictionaries[lang];
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(dict)) {
    if (prefixes.some((p) => key.startsWith(p))) out[key] = value;
  }
  return out;
}

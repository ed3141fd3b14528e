import en from './en.json';
import ar from './ar.json';

/** The languages of the product; English is the reference for keys. */
export const LANGS = ['en', 'ar'] as const;
/** A language of the product. */
export type Lang = (typeof LANGS)[number];
/** Every UI string key, taken from the English file. */
export type UIKey = keyof typeof en;
/** Values that fill `{placeholders}` in a string. */
export type Params = Record<string, string | number>;

const dictionaries: Record<Lang, Record<string, string>> = { en, ar };

/** The writing direction of a language. */
export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'ar' ? 'en' : 'ar';
}

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible. */
export function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A translate function for one language: `t('wizard.next')`, `t('progress.count', { n: 3 })`. */
export function translator(lang: Lang): (key: UIKey, params?: Params) => string {
  const dict = dictionaries[lang];
  return (key, params) => interpolate(dict[key] ?? en[key] ?? key, params);
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

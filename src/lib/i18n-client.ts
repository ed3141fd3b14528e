import type { Lang } from '../i18n';
import { interpolate, type Params } from '../i18n/interpolate';

/** A translate function over the strings a page handed to its island. */
export type Translate = (key: string, params?: Params) => string;

/** Builds `t()` for an island from the strings it was given; a missing key shows the key. */
export function makeTranslate(strings: Record<string, string>, lang: Lang): Translate {
  return (key, params) => interpolate(strings[key] ?? key, params, lang);
}

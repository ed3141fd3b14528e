/**
 * The analysis writes its explanations with Western digits and keeps the figures in fields; pages
 * show numbers in the reader's digits. This rewrites each number in a sentence the way
 * `formatNumber` would, so an Arabic page with Arabic-Indic digits reads ١٫٦, not 1.6.
 */
import { formatNumber, type DisplaySettings } from '../../i18n/format';
import type { Lang } from '../../i18n';

const NUMBER = /\d+(?:\.\d+)?/g;

/** Writes every number in a text in the page's digits (English text is returned as it is). */
export function localiseDigits(text: string, lang: Lang, settings: DisplaySettings): string {
  if (lang === 'en' || settings.digits === 'latn') return text;
  return text.replace(NUMBER, (digits) =>
    formatNumber(lang, Number(digits), settings, {
      useGrouping: false,
      maximumFractionDigits: 2,
    }),
  );
}

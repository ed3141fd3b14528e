/** How the charts write their numbers and lists: the page's language and the reader's digits. */
import { formatNumber, formatPercent, type DisplaySettings } from '../../i18n/format';

/** The number writers one chart uses. */
export interface ChartFormat {
  /** A maturity score to one decimal: 1.7, ١٫٧. */
  score: (value: number) => string;
  /** A change in score with its sign: +1.5. */
  gain: (value: number) => string;
  /** A whole number: a tick, a count, a month. */
  count: (value: number) => string;
  /** A share as a percentage: 67%, ٦٧٪. */
  percent: (share: number) => string;
  /** Names joined as a sentence would: "A, B and C", «أ وب وج». */
  list: (names: readonly string[]) => string;
}

/** Builds the number writers for a language and the reader's display settings. */
export function makeChartFormat(lang: 'en' | 'ar', settings: DisplaySettings): ChartFormat {
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  const list = new Intl.ListFormat(lang === 'ar' ? 'ar' : 'en-GB', { type: 'conjunction' });
  return {
    score: (value) => formatNumber(lang, value, settings, oneDecimal),
    gain: (value) => formatNumber(lang, value, settings, { ...oneDecimal, signDisplay: 'always' }),
    count: (value) => formatNumber(lang, value, settings, { maximumFractionDigits: 0 }),
    percent: (share) => formatPercent(lang, share, settings),
    list: (names) => list.format(names),
  };
}

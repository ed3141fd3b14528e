import type { Lang } from './index';

/** How numbers and dates are written on Arabic pages. */
export interface DisplaySettings {
  digits: 'arab' | 'latn';
  calendar: 'gregory' | 'islamic-umalqura';
}

/** Arabic-Indic digits and the Gregorian calendar, until the user picks otherwise. */
export const DEFAULT_SETTINGS: DisplaySettings = { digits: 'arab', calendar: 'gregory' };

function locale(lang: Lang, settings: DisplaySettings): string {
  if (lang === 'en') return 'en-GB';
  return `ar-u-nu-${settings.digits}`;
}

// Building an Intl formatter costs far more than using one: charts format hundreds of numbers on
// every what-if edit, so each locale-and-options pair is built once.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let format = cache.get(key);
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

/** Writes a number in the page's language and digits. */
export function formatNumber(
  lang: Lang,
  value: number,
  settings: DisplaySettings = DEFAULT_SETTINGS,
  options: Intl.NumberFormatOptions = {},
): string {
  const tag = locale(lang, settings);
  const format = cached(
    numberFormats,
    `${tag}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(tag, options),
  );
  return format.format(value);
}

/** Writes a share 0..1 as a percentage. */
export function formatPercent(
  lang: Lang,
  share: number,
  settings: DisplaySettings = DEFAULT_SETTINGS,
): string {
  return formatNumber(lang, share, settings, { style: 'percent', maximumFractionDigits: 0 });
}

/** Writes a date and time in the page's language, calendar and digits. */
export function formatDate(
  lang: Lang,
  date: Date | string | number,
  settings: DisplaySettings = DEFAULT_SETTINGS,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  const calendar = lang === 'ar' ? settings.calendar : 'gregory';
  const tag = locale(lang, settings);
  const format = cached(
    dateFormats,
    `${tag}|${calendar}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(tag, { ...options, calendar }),
  );
  return format.format(new Date(date));
}

const QUARTERS_AR = ['الأول', 'الثاني', 'الثالث', 'الرابع'];

/** Writes a period such as `2026-Q4` as "Q4 2026" or "الربع الرابع 2026". */
export function formatPeriod(
  lang: Lang,
  period: string,
  settings: DisplaySettings = DEFAULT_SETTINGS,
): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!match) return period;
  const year = formatNumber(lang, Number(match[1]), settings, { useGrouping: false });
  const q = Number(match[2]);
  return lang === 'ar' ? `الربع ${QUARTERS_AR[q - 1]} ${year}` : `Q${q} ${year}`;
}

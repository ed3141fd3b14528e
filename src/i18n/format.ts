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

/** Writes a number in the page's language and digits. */
export function formatNumber(
  lang: Lang,
  value: number,
  settings: DisplaySettings = DEFAULT_SETTINGS,
  options: Intl.NumberFormatOptions = {},
): string {
  return new Intl.NumberFormat(locale(lang, settings), options).format(value);
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
  return new Intl.DateTimeFormat(locale(lang, settings), { ...options, calendar }).format(
    new Date(date),
  );
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

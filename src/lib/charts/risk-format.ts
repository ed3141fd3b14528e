/**
 * How the heatmap's figures are written: a risk score to one decimal, rounded as its band is read
 * (so a cell shown as 17.0 is critical), and a likelihood to two decimals at most, since it is
 * continuous and a flag on one activity of three adds a third of its weight.
 */
import { roundScore } from '../../domain/risk/band';
import { formatNumber, type DisplaySettings } from '../../i18n/format';
import type { Lang } from '../../i18n';

/** The heatmap's number writers for one page. */
export interface RiskFormat {
  /** A risk score (1–25) to one decimal: 17.8, ١٧٫٨. */
  score: (value: number) => string;
  /** A likelihood or impact (1–5) to two decimals at most: 3.55, 4. */
  rating: (value: number) => string;
}

/** Builds the heatmap's number writers for a language and the reader's display settings. */
export function makeRiskFormat(lang: Lang, settings: DisplaySettings): RiskFormat {
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  return {
    score: (value) => formatNumber(lang, roundScore(value), settings, oneDecimal),
    rating: (value) => formatNumber(lang, value, settings, { maximumFractionDigits: 2 }),
  };
}

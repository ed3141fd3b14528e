/** Heatmap bands, mildest first. */
export const RISK_BANDS = ['low', 'medium', 'high', 'critical'] as const;
/** How serious a heatmap cell is. */
export type RiskBand = (typeof RISK_BANDS)[number];

/** Lowest score of each band above `low`: medium from 5, high from 10, critical from 17. */
const BAND_FLOORS: readonly [RiskBand, number][] = [
  ['critical', 17],
  ['high', 10],
  ['medium', 5],
];

/**
 * A score as the product shows it: rounded half up to one decimal. A product of floats a hair
 * below a tenth's half (16.949999… for 16.95) is first rounded to nine places, so it rounds as
 * the decimal number it stands for.
 */
export function roundScore(score: number): number {
  return Math.round(Number((score * 10).toFixed(9))) / 10;
}

/**
 * The band of a risk score (likelihood × impact, 1–25): low below 5, medium from 5, high from 10,
 * critical from 17. The continuous score is read at one decimal, the precision it is shown with,
 * so that a cell shown as 17.0 is critical and one shown as 16.9 is high.
 */
export function bandOf(score: number): RiskBand {
  const shown = roundScore(score);
  for (const [band, floor] of BAND_FLOORS) if (shown >= floor) return band;
  return 'low';
}

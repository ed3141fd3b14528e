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

/** The band of a risk score (likelihood × impact, 1–25): low 1–4, medium 5–9, high 10–16, critical 17–25. */
export function bandOf(score: number): RiskBand {
  for (const [band, floor] of BAND_FLOORS) if (score >= floor) return band;
  return 'low';
}

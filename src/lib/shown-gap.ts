/**
 * The gap to write beside a score written to one decimal: the target minus the score as written,
 * so that the two figures on the page add up to the target. 1.25 of target 2 is written "1.3",
 * and its gap of 0.75 "0.7", not "0.8". A display rounding only: the gap stays within half a
 * tenth of the analysis's own.
 */
export function shownGap(score: number, target: number): number {
  return target - Math.round(score * 10) / 10;
}

/**
 * Fleiss' kappa of a subjects × categories table of counts (how many raters put each subject in
 * each category); a row may leave a category out (a hole) where its count is 0, so a table with
 * many categories stays sparse. Subjects may have different numbers of raters; those with fewer
 * than two are skipped. Null when no subject has two raters. When every rating falls in one category, chance
 * agreement is 1 and kappa is undefined: we report 1, since the raters agree perfectly.
 * Kappa is at most 1; with uneven numbers of raters it can fall below -1, and it is reported as
 * computed, not clamped.
 */
export function computeFleissKappa(table: readonly (readonly number[])[]): number | null {
  const totals: number[] = [];
  let observed = 0;
  let subjects = 0;
  let ratings = 0;
  for (const row of table) {
    let n = 0;
    let squares = 0;
    row.forEach((count) => {
      n += count;
      squares += count * count;
    });
    if (n < 2) continue;
    row.forEach((count, j) => (totals[j] = (totals[j] ?? 0) + count));
    observed += (squares - n) / (n * (n - 1));
    subjects++;
    ratings += n;
  }
  if (subjects === 0) return null;
  const meanObserved = observed / subjects;
  let expected = 0;
  for (const total of totals) expected += ((total ?? 0) / ratings) ** 2;
  if (expected >= 1) return 1;
  return (meanObserved - expected) / (1 - expected);
}

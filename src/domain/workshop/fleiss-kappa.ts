/** One subject's ratings: category → how many raters chose it; a category not named counts 0. */
export type KappaRow = ReadonlyMap<string, number>;

/**
 * Fleiss' kappa over subjects, each given as the counts of the categories its raters chose. Rows
 * name only their own categories, so the work grows with the ratings, never with subjects ×
 * categories (a workshop whose accountable sets vary names hundreds of categories). Subjects may
 * have different numbers of raters; those with fewer than two are skipped. Null when no subject
 * has two raters. When every rating falls in one category, chance agreement is 1 and kappa is
 * undefined: we report 1, since the raters agree perfectly. Kappa is at most 1; with uneven
 * numbers of raters it can fall below -1, and it is reported as computed, not clamped.
 */
export function computeFleissKappa(rows: Iterable<KappaRow>): number | null {
  const totals = new Map<string, number>();
  let observed = 0;
  let subjects = 0;
  let ratings = 0;
  for (const row of rows) {
    let n = 0;
    let squares = 0;
    for (const count of row.values()) {
      n += count;
      squares += count * count;
    }
    if (n < 2) continue;
    for (const [category, count] of row) totals.set(category, (totals.get(category) ?? 0) + count);
    observed += (squares - n) / (n * (n - 1));
    subjects++;
    ratings += n;
  }
  if (subjects === 0) return null;
  const meanObserved = observed / subjects;
  let expected = 0;
  for (const total of totals.values()) expected += (total / ratings) ** 2;
  if (expected >= 1) return 1;
  return (meanObserved - expected) / (1 - expected);
}

import { readdirSync } from 'node:fs';
import type { Lang } from '../i18n';

/** Examples written in Arabic throughout (organisation, teams, notes), for Arabic readers first. */
export const ARABIC_EXAMPLES: readonly string[] = ['gulf-islamic-bank'];

/**
 * Orders example names for a start page: alphabetically, with the examples written in Arabic
 * first on the Arabic page and last on the English one, so each page leads with what its readers
 * read best and the English page keeps the order it had.
 */
export function orderExamples(names: readonly string[], lang: Lang): string[] {
  const sorted = [...names].sort();
  const arabic = sorted.filter((n) => ARABIC_EXAMPLES.includes(n));
  const others = sorted.filter((n) => !ARABIC_EXAMPLES.includes(n));
  return lang === 'ar' ? [...arabic, ...others] : [...others, ...arabic];
}

/** The names of the example files in `examples/`, in a start page's order (build time only). */
export function listExamples(lang: Lang): string[] {
  return orderExamples(
    readdirSync('examples')
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, '')),
    lang,
  );
}

import type { APIRoute } from 'astro';
import { LANGS, pickStrings, type Lang } from '../../i18n';

/** One file per language. */
export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

/**
 * The PDF report's own words in one language: the results page fetches them with the report's
 * code, only when a report is asked for, so the page itself does not carry them.
 */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(pickStrings(params['lang'] as Lang, ['report.'])), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

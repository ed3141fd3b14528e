import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../i18n';
import { loadModel } from '../../lib/model/load-model';
import { answerTexts } from '../../lib/report/answers-csv';

/** One file per language. */
export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

/**
 * The answers' words in one language, for the answers CSV of the results page: the page leaves
 * them out (it never shows them) and fetches this file only when the table is asked for.
 */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(answerTexts(loadModel(), params['lang'] as Lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

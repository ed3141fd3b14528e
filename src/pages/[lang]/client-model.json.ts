import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../i18n';
import { clientModelText } from '../../lib/model/client-model-url';

/** One file per language. */
export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

/**
 * The model `analyse()` runs on, in one language: the results page fetches it to show an
 * assessment, and the start page once the saved list is shown, to give each organisation its
 * level, fragmentation index and trend. Both ask for it by a hash of its content
 * (client-model-url.ts), so a browser keeps one copy for both.
 */
export const GET: APIRoute = ({ params }) =>
  new Response(clientModelText(params['lang'] as Lang), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

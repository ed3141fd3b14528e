import { createHash } from 'node:crypto';
import type { Lang } from '../../i18n';
import { toClientModel } from './client-model';
import { loadModel } from './load-model';

const texts = new Map<Lang, string>();

/** The model in one language as the file `/[lang]/client-model.json` holds it (made once a build). */
export function clientModelText(lang: Lang): string {
  let text = texts.get(lang);
  if (text === undefined) {
    text = JSON.stringify(toClientModel(loadModel(), lang));
    texts.set(lang, text);
  }
  return text;
}

/**
 * Where a page fetches the model in one language (`/[lang]/client-model.json`), named by a hash of
 * its content: a build that changes the model or its words changes the address, so a browser never
 * pairs a page with a copy of the model from another build, and keeps the copy it has otherwise.
 * Worked out at build time.
 */
export function clientModelUrl(lang: Lang): string {
  const version = createHash('sha256').update(clientModelText(lang)).digest('hex').slice(0, 12);
  return `/${lang}/client-model.json?v=${version}`;
}

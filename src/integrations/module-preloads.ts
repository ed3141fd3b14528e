// Module preloads for every built page. An island's component imports its shared chunks, which
// import others: without preloads a browser finds each level only once the level before it has
// arrived, one round trip after another (four on the results page). This integration adds a
// `<link rel="modulepreload">` to each page's head for every module the page loads before
// interaction, so they are all requested with the page.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { namedScriptUrls, pageScriptFiles } from './module-graph';

/** The head links that preload every module a page loads, but its scripts and preloads already there. */
export function preloadLinks(dist: string, html: string): string {
  const named = new Set(namedScriptUrls(html));
  return pageScriptFiles(dist, html)
    .map((file) => `/${relative(dist, file).split(sep).join('/')}`)
    .filter((url) => !named.has(url))
    .map((url) => `<link rel="modulepreload" href="${url}">`)
    .join('');
}

/** Adds the preloads to every page; returns how many pages and links. */
function addPreloads(dist: string): { pages: number; links: number } {
  let pages = 0;
  let links = 0;
  for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html')) continue;
    const path = join(dist, name);
    const html = readFileSync(path, 'utf8');
    const add = preloadLinks(dist, html);
    if (!add) continue;
    writeFileSync(path, html.replace('</head>', `${add}</head>`));
    pages++;
    links += add.split('<link').length - 1;
  }
  return { pages, links };
}

/** The integration: module preloads in every page after the build. */
export function modulePreloads(): AstroIntegration {
  return {
    name: 'ccm-module-preloads',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { pages, links } = addPreloads(fileURLToPath(dir));
        logger.info(`${links} module preloads added to ${pages} pages`);
      },
    },
  };
}

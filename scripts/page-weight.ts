/**
 * What each built page weighs, in bytes, read from `dist/` after `npm run build`: the JavaScript it
 * loads before interaction (inline scripts, module scripts, island components and renderers, and
 * every module they import statically; modules loaded with `import()` are left out) and its HTML,
 * each file gzip-compressed on its own as a server sends it. Bytes, not time: the same build
 * always weighs the same. The budgets benchmark prints these; the end-to-end budgets test gates them.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageScriptFiles } from '../src/integrations/module-graph';

/** One kilobyte, as the budgets count it. */
export const KB = 1024;

/**
 * Gzip budgets for a page's JavaScript, by page path prefix (the first match wins), in kilobytes.
 * The questionnaire's is the tightest: it loads its store, schemas and migrations when it first
 * reads or writes a record (see `src/lib/storage/store-later.ts`), not with the page.
 */
export const SCRIPT_BUDGETS: readonly ScriptBudget[] = [
  { prefix: '/en/assess/', kb: 40 },
  { prefix: '/ar/assess/', kb: 40 },
  { prefix: '/en/results/', kb: 105 },
  { prefix: '/ar/results/', kb: 105 },
  { prefix: '/', kb: 60 },
];

/** A page's JavaScript budget. */
export interface ScriptBudget {
  prefix: string;
  kb: number;
}

/** The gzip budget of the results page's HTML (the island's props make most of it). */
export const RESULTS_HTML_BUDGET_KB = 40;

/** What one page weighs: its JavaScript files, raw and gzip bytes, and its HTML gzip bytes. */
export interface PageWeight {
  /** The page's path, e.g. `/en/assess/`. */
  page: string;
  files: number;
  raw: number;
  gzip: number;
  htmlGzip: number;
}

/** The script budget of a page (every page path starts with `/`, so every page has one). */
export function scriptBudget(page: string): ScriptBudget {
  return SCRIPT_BUDGETS.find((b) => page.startsWith(b.prefix)) ?? { prefix: page, kb: Infinity };
}

function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const gzipped = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

function weigh(dist: string, path: string): PageWeight {
  const html = readFileSync(path, 'utf8');
  const files = pageScriptFiles(dist, html);
  const inline = [
    ...html.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ]
    .map((m) => m[1] ?? '')
    .join('\n');
  const external = files.map((f) => readFileSync(f));
  return {
    page: `/${relative(dist, path).replace(/index\.html$/, '')}`,
    files: files.length,
    raw: external.reduce((n, b) => n + b.length, 0) + Buffer.byteLength(inline),
    gzip: external.reduce((n, b) => n + gzipped(b), 0) + (inline ? gzipped(inline) : 0),
    htmlGzip: gzipped(html),
  };
}

/** Weighs every page built in `dir` (`dist/` by default), sorted by path; throws when there is no build. */
export function measurePages(dir = 'dist'): PageWeight[] {
  const dist = resolve(dir);
  if (!existsSync(dist)) throw new Error(`${dir}/ is missing: run \`npm run build\` first`);
  return htmlPages(dist)
    .sort()
    .map((path) => weigh(dist, path));
}

// The JavaScript a built page loads before interaction: its module scripts, its islands'
// components and renderers, and every module those import statically (modules loaded with
// `import()` are left out). Read from the built files, so the same build always gives the same set.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The specifiers of a built module's static imports and re-exports. */
function staticImports(code: string): string[] {
  const specs = [
    ...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g),
  ];
  return specs.map((m) => m[1] ?? '');
}

function collect(dist: string, file: string, seen: Set<string>): void {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const spec of staticImports(code)) {
    collect(dist, spec.startsWith('/') ? join(dist, spec) : resolve(dirname(file), spec), seen);
  }
}

/** The scripts a page's HTML names itself: its module scripts and module preloads. */
export function namedScriptUrls(html: string): string[] {
  return [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1] ?? '');
}

/** The addresses a page's HTML loads scripts from: module scripts, islands, module preloads. */
export function pageScriptUrls(html: string): string[] {
  const islands = [...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)];
  return [...namedScriptUrls(html), ...islands.map((m) => m[1] ?? '')];
}

/** Every file of the built site in `dist` the page's HTML loads before interaction, in load order. */
export function pageScriptFiles(dist: string, html: string): string[] {
  const files = new Set<string>();
  for (const url of pageScriptUrls(html)) collect(dist, join(dist, url), files);
  return [...files];
}

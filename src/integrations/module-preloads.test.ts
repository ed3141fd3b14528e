import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { preloadLinks } from './module-preloads';

describe('preloading every module a built page loads', () => {
  let dist = '';
  beforeEach(() => {
    dist = mkdtempSync(join(tmpdir(), 'preloads-'));
    mkdirSync(join(dist, '_astro'));
    const files: Record<string, string> = {
      'Island.js': 'import{a}from"./shared.js";import"./runtime.js";export default a;',
      'shared.js': 'import{b}from"./deep.js";export const a=b;const later=()=>import("./lazy.js");',
      'deep.js': 'export const b=1;',
      'runtime.js': 'export{};',
      'renderer.js': 'import"./runtime.js";',
      'page.js': 'import"./deep.js";',
      'lazy.js': 'export const c=3;',
    };
    for (const [name, code] of Object.entries(files))
      writeFileSync(join(dist, '_astro', name), code);
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  const hrefs = (links: string): string[] =>
    [...links.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1] ?? '');

  it('links the islands and every module they import statically, at any depth', () => {
    const html =
      '<head></head><astro-island component-url="/_astro/Island.js" renderer-url="/_astro/renderer.js"></astro-island>';
    expect(hrefs(preloadLinks(dist, html)).sort()).toEqual([
      '/_astro/Island.js',
      '/_astro/deep.js',
      '/_astro/renderer.js',
      '/_astro/runtime.js',
      '/_astro/shared.js',
    ]);
  });

  it('leaves out what loads on demand and what the page already names', () => {
    const html =
      '<head><script type="module" src="/_astro/page.js"></script><link rel="modulepreload" href="/_astro/Island.js"></head>' +
      '<astro-island component-url="/_astro/Island.js" renderer-url="/_astro/renderer.js"></astro-island>';
    const links = hrefs(preloadLinks(dist, html));
    expect(links).not.toContain('/_astro/lazy.js');
    expect(links).not.toContain('/_astro/page.js');
    expect(links).not.toContain('/_astro/Island.js');
    expect(links).toContain('/_astro/deep.js');
  });

  it('adds nothing to a page without scripts', () => {
    expect(preloadLinks(dist, '<head></head><p>Hello</p>')).toBe('');
  });
});

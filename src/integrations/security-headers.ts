// Security headers for the static site. Astro's own CSP puts a meta tag with the hashes of the
// scripts and styles it emits into every page; this integration
// - after the build, checks that every page's meta tag covers every inline script and style on it
//   (the build fails otherwise) and writes `_headers` for hosts that read one: the same policy with
//   the hashes of the inline scripts and styles actually present, frame denial and the other headers,
// - makes `astro preview` send what `_headers` says, and `astro dev` the headers apart from the CSP
//   (the dev server injects inline scripts of its own).
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHeadersFile, headersFor, parseHeadersFile } from '../lib/headers-file.mjs';
import {
  auditPage,
  buildCsp,
  cspHash,
  inlineBlocks,
  SECURITY_HEADERS,
} from '../lib/security-headers';

/** The name of the file static hosts read their headers from. */
const HEADERS_FILE = '_headers';

/** Every HTML file under a folder. */
function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => join(folder, path))
    .sort();
}

/** Checks every built page and writes the headers file; throws when a page is not covered. */
function writeHeaders(folder: string): { pages: number; scripts: number; styles: number } {
  const scripts = new Set<ReturnType<typeof cspHash>>();
  const styles = new Set<ReturnType<typeof cspHash>>();
  const problems: string[] = [];
  const pages = htmlFiles(folder);
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    problems.push(...auditPage(html).map((problem) => `${page}: ${problem}`));
    for (const block of inlineBlocks(html))
      (block.kind === 'script' ? scripts : styles).add(cspHash(block.text));
  }
  if (problems.length > 0)
    throw new Error(`Content-Security-Policy does not cover the pages:\n${problems.join('\n')}`);
  const csp = buildCsp({ scripts: [...scripts], styles: [...styles] });
  const rules = [
    { pattern: '/*', headers: { 'Content-Security-Policy': csp, ...SECURITY_HEADERS } },
  ];
  writeFileSync(join(folder, HEADERS_FILE), formatHeadersFile(rules));
  return { pages: pages.length, scripts: scripts.size, styles: styles.size };
}

/** The headers `_headers` in a built site gives its pages, or none before a build. */
function builtHeaders(folder: string): Record<string, string> {
  const file = join(folder, HEADERS_FILE);
  return existsSync(file) ? headersFor(parseHeadersFile(readFileSync(file, 'utf8')), '/') : {};
}

/** The integration: the checked `_headers` after a build, and the headers of preview and dev. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'ccm-security-headers',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const headers =
          command === 'preview' ? builtHeaders(fileURLToPath(config.outDir)) : SECURITY_HEADERS;
        updateConfig({ server: { headers } });
      },
      'astro:build:done': ({ dir, logger }) => {
        const { pages, scripts, styles } = writeHeaders(fileURLToPath(dir));
        logger.info(
          `${pages} pages checked; ${HEADERS_FILE} allows ${scripts} inline scripts and ${styles} inline styles by hash`,
        );
      },
    },
  };
}

/**
 * The JavaScript each built page ships, gzip-compressed: inline scripts, module scripts, island
 * components and renderers, and every module they import statically. Run after `npm run build`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve('dist');

/** Gzip budgets per page path prefix, in kilobytes. */
const BUDGETS: { prefix: string; kb: number }[] = [
  { prefix: '/en/assess/', kb: 40 },
  { prefix: '/ar/assess/', kb: 40 },
  { prefix: '/en/results/', kb: 150 },
  { prefix: '/ar/results/', kb: 150 },
];

function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function staticImports(code: string): string[] {
  const specs = [
    ...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g),
  ];
  return specs.map((m) => m[1] ?? '');
}

function collect(file: string, seen: Set<string>): void {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const spec of staticImports(code)) {
    collect(spec.startsWith('/') ? join(DIST, spec) : resolve(dirname(file), spec), seen);
  }
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

/** Measures every page; returns rows of page, files, raw and gzip bytes. */
export function measurePages(): { page: string; files: number; raw: number; gzip: number }[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
  return htmlPages(DIST)
    .sort()
    .map((path) => {
      const html = readFileSync(path, 'utf8');
      const files = new Set<string>();
      const urls = [
        ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
        ...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g),
        ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
      ].map((m) => m[1] ?? '');
      for (const url of urls) collect(join(DIST, url), files);
      const inline = [
        ...html.matchAll(
          /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
        ),
      ]
        .map((m) => m[1] ?? '')
        .join('\n');
      const external = [...files].map((f) => readFileSync(f));
      const raw = external.reduce((n, b) => n + b.length, 0) + Buffer.byteLength(inline);
      const gzip =
        external.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) +
        (inline ? gzipSync(inline, { level: 9 }).length : 0);
      const page = `/${relative(DIST, path).replace(/index\.html$/, '')}`;
      return { page, files: files.size, raw, gzip };
    });
}

/** Prints the table and the budgets. */
export function runPageWeightBenchmark(): void {
  const rows = measurePages();
  console.log(
    'page'.padEnd(34),
    'files'.padStart(5),
    'raw KB'.padStart(8),
    'gzip KB'.padStart(8),
    ' budget',
  );
  for (const row of rows) {
    const budget = BUDGETS.find((b) => row.page.startsWith(b.prefix));
    const verdict = budget
      ? `${row.gzip / 1024 <= budget.kb ? 'within' : 'OVER'} ${budget.kb} KB`
      : '';
    console.log(
      row.page.padEnd(34),
      String(row.files).padStart(5),
      kb(row.raw).padStart(8),
      kb(row.gzip).padStart(8),
      '',
      verdict,
    );
  }
}

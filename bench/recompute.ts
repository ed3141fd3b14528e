/**
 * What-if recompute in a real browser: opens each example's results page (both languages) in
 * Chromium, scrolls to the RACI matrix where a what-if is made, and makes edits with the sandbox
 * form. Each edit starts at the beginning of an animation frame, so the numbers leave out the wait
 * for the next frame:
 * - analyse: `analyse()` alone (the page's performance measure);
 * - update: from the edit until every view has updated its DOM (script only);
 * - painted: from the edit until the frame showing it has been laid out and painted.
 * Goal: an edit is painted within one animation frame (16.7 ms at 60 Hz). Run after
 * `npm run build`. Prints medians, the 90th percentile and the share of edits within a frame.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveDist } from './serve-dist';

const EXAMPLES = ['bank-fragmented', 'government-agency', 'telecom-controlled'] as const;
const LANGS = ['en', 'ar'] as const;
/** Edits per example and language; the first few warm the page up and are not counted. */
const EDITS = 24;
const WARM_UP = 4;
const FRAME_MS = 1000 / 60;

interface Run {
  analyse: number;
  update: number;
  painted: number;
}

function strings(lang: string): Record<string, string> {
  return JSON.parse(readFileSync(resolve(`src/i18n/${lang}.json`), 'utf8')) as Record<
    string,
    string
  >;
}

/** Opens an example at its results, scrolled to the RACI matrix. */
export async function openExample(
  page: Page,
  base: string,
  lang: string,
  name: string,
): Promise<void> {
  const s = strings(lang);
  await page.goto(`${base}/${lang}/`);
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  const label = `${s['home.examples.load']}: ${s[`example.${name}.name`]}`;
  await page.getByRole('button', { name: label, exact: true }).click();
  // An example opens at its results.
  await page.waitForURL(/\/results\/\?id=/);
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page.locator('#raci').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
}

/** Makes `count` edits in the sandbox form, each starting on a fresh animation frame. */
async function measureEdits(page: Page, count: number): Promise<Run[]> {
  return page.evaluate(async (count) => {
    const select = document.querySelector<HTMLSelectElement>('#sandbox-activity');
    const form = select?.form;
    if (!select || !form) throw new Error('no sandbox form on the page');
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    const runs: Run[] = [];
    for (let i = 0; i < count; i++) {
      performance.clearMeasures('ccm:analyse');
      const run = await new Promise<Omit<Run, 'analyse'>>((done) =>
        requestAnimationFrame(() => {
          const start = performance.now();
          boxes[i % boxes.length]?.click();
          form.requestSubmit();
          // The views update in a microtask queued by the edit; this one runs after it.
          queueMicrotask(() =>
            queueMicrotask(() => {
              const update = performance.now() - start;
              // A task queued now runs once this frame has been laid out and painted.
              setTimeout(() => done({ update, painted: performance.now() - start }), 0);
            }),
          );
        }),
      );
      const analyse = performance.getEntriesByName('ccm:analyse').map((e) => e.duration);
      runs.push({ ...run, analyse: Math.max(0, ...analyse) });
      await new Promise((rest) => setTimeout(rest, 30));
    }
    return runs;
  }, count);
}

/** The value below which a share `q` of the values fall. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Chromium: Playwright's own when installed, else the system's. */
export async function launch(): Promise<Browser> {
  const bundled = chromium.executablePath();
  const executablePath = existsSync(bundled) ? undefined : '/usr/bin/chromium';
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox'],
  });
}

/** Measures every example in both languages and prints a table. */
export async function runRecomputeBenchmark(): Promise<void> {
  if (!existsSync(resolve('dist/en/results/index.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  const { base, stop } = await serveDist();
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const ms = (n: number): string => n.toFixed(1).padStart(6);
    // One unreported round first: a browser just started is slower for everything, which would
    // otherwise fall on whichever example is measured first.
    await openExample(page, base, 'en', EXAMPLES[0]);
    await measureEdits(page, EDITS);
    console.log('example             lang  analyse  update  painted  painted p90  within a frame');
    for (const name of EXAMPLES) {
      for (const lang of LANGS) {
        await openExample(page, base, lang, name);
        await page.locator('#sandbox-team').selectOption('ccm');
        const runs = (await measureEdits(page, EDITS)).slice(WARM_UP);
        const within = runs.filter((r) => r.painted <= FRAME_MS).length;
        const at = (key: keyof Run, q: number): string =>
          ms(
            quantile(
              runs.map((r) => r[key]),
              q,
            ),
          );
        const columns = [at('analyse', 0.5), at('update', 0.5), at('painted', 0.5)];
        console.log(
          `${name.padEnd(20)}${lang.padEnd(4)}${columns.join('  ')}  ${at('painted', 0.9)}       ${within}/${runs.length}`,
        );
      }
    }
    console.log(
      `ms, median of ${EDITS - WARM_UP} edits after ${WARM_UP} to warm up; a frame is ${FRAME_MS.toFixed(1)} ms`,
    );
  } finally {
    await browser.close();
    stop();
  }
}

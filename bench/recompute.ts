/**
 * What-if recompute in a real browser: opens each example's results page (both languages) in
 * Chromium, scrolls to the RACI matrix where a what-if is made, and makes edits with the sandbox
 * form. Each edit starts at the beginning of an animation frame, so the numbers leave out the wait
 * for the next frame (see edit-timer.ts):
 * - analyse: `analyse()` alone (the page's performance measure);
 * - painted: from the edit until that frame has been painted (the matrix shows the edit);
 * - settled: until the frame that shows every view drawn from the analysis (a later frame: the
 *   analysis runs once the edit's frame is painted).
 * Goal: the edit painted within its frame (16.7 ms at 60 Hz). Run after `npm run build`. Prints
 * medians, the 90th percentile and the share of edits painted within a frame.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { installEditTimer, type EditTimes, type TimedWindow } from './edit-timer';
import { serveDist } from './serve-dist';

const EXAMPLES = ['bank-fragmented', 'government-agency', 'telecom-controlled'] as const;
const LANGS = ['en', 'ar'] as const;
/** Edits per example and language; the first few warm the page up and are not counted. */
const EDITS = 24;
const WARM_UP = 4;
const FRAME_MS = 1000 / 60;

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
async function measureEdits(page: Page, count: number): Promise<EditTimes[]> {
  await installEditTimer(page);
  return page.evaluate(async (count) => {
    const select = document.querySelector<HTMLSelectElement>('#sandbox-activity');
    const form = select?.form;
    if (!select || !form) throw new Error('no sandbox form on the page');
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    const timed = window as unknown as TimedWindow;
    const runs: EditTimes[] = [];
    for (let i = 0; i < count; i++) {
      runs.push(
        await new Promise<EditTimes>((done) =>
          requestAnimationFrame(() => {
            const start = performance.now();
            boxes[i % boxes.length]?.click();
            form.requestSubmit();
            done(timed.ccmTimeEdit(start, true));
          }),
        ),
      );
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
    console.log(
      'example             lang  analyse  painted  p90  settled  p90  painted in a frame',
    );
    for (const name of EXAMPLES) {
      for (const lang of LANGS) {
        await openExample(page, base, lang, name);
        await page.locator('#sandbox-team').selectOption('ccm');
        const runs = (await measureEdits(page, EDITS)).slice(WARM_UP);
        const within = runs.filter((r) => r.painted <= FRAME_MS).length;
        const at = (key: keyof EditTimes, q: number): string =>
          ms(
            quantile(
              runs.map((r) => r[key]),
              q,
            ),
          );
        const columns = [
          at('analyse', 0.5),
          at('painted', 0.5),
          at('painted', 0.9),
          at('settled', 0.5),
          at('settled', 0.9),
        ];
        console.log(
          `${name.padEnd(20)}${lang.padEnd(4)}${columns.join('  ')}   ${within}/${runs.length}`,
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

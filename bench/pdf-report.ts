/**
 * The PDF report in a real browser: opens each example's results page in Chromium, in both
 * languages, presses "PDF report" and reads how long the page took to make it (fetching jsPDF,
 * the typeface and the report's words, building, saving) and how big the file is. The first
 * report of a page includes loading the code; the later ones are the build alone (cached).
 * Goal: the largest example's full report in under 2 seconds. Run after `npm run build`.
 */
import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from './recompute';
import { serveDist } from './serve-dist';

const EXAMPLES = [
  'bank-fragmented',
  'gulf-islamic-bank',
  'government-agency',
  'telecom-controlled',
];
const LANGS = ['en', 'ar'] as const;
const REPEATS = 3;

function strings(lang: string): Record<string, string> {
  return JSON.parse(readFileSync(resolve(`src/i18n/${lang}.json`), 'utf8')) as Record<
    string,
    string
  >;
}

async function openResults(page: Page, base: string, lang: string, name: string): Promise<void> {
  const s = strings(lang);
  await page.goto(`${base}/${lang}/`);
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page
    .getByRole('button', {
      name: `${s['home.examples.load']}: ${s[`example.${name}.name`]}`,
      exact: true,
    })
    .click();
  await page.waitForURL(/\/results\/\?id=/);
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}

/** Makes one report; returns the page's own time for it and the file's size. */
async function report(
  page: Page,
  lang: string,
): Promise<{ ms: number; bytes: number; pages: number }> {
  const button = page.getByRole('button', {
    name: strings(lang)['report.button'] ?? '',
    exact: true,
  });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = await download.path();
  const bytes = readFileSync(file);
  const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  await page.waitForFunction(() => document.querySelector('[data-report-ms]') !== null);
  const ms = Number(await page.locator('[data-report-ms]').getAttribute('data-report-ms'));
  return { ms, bytes: bytes.length, pages };
}

/** Prints the time and size of every example's report in both languages. */
export async function runPdfReportBenchmark(): Promise<void> {
  if (!existsSync(resolve('dist/en/results/index.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  const { base, stop } = await serveDist();
  const browser = await launch();
  try {
    console.log('example             lang  first ms  again ms (median)  size KB  pages');
    for (const name of EXAMPLES) {
      for (const lang of LANGS) {
        const page = await browser.newPage({ acceptDownloads: true });
        await openResults(page, base, lang, name);
        const first = await report(page, lang);
        const again: number[] = [];
        for (let i = 0; i < REPEATS; i++) again.push((await report(page, lang)).ms);
        again.sort((a, b) => a - b);
        console.log(
          `${name.padEnd(20)}${lang.padEnd(6)}${String(first.ms).padStart(8)}  ${String(again[Math.floor(REPEATS / 2)]).padStart(8)}           ${(first.bytes / 1024).toFixed(0).padStart(7)}  ${String(first.pages).padStart(5)}`,
        );
        await page.close();
      }
    }
  } finally {
    await browser.close();
    stop();
  }
}

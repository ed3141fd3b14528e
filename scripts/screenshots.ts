/**
 * Takes screenshots of every page and questionnaire step in both languages, for review and for
 * the README. Run after `npm run build`: `npm run screenshots -- [outDir]` (default screens/).
 * The README's pictures are copied from it into docs/screenshots/.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

const PORT = 4397;
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = process.argv[2] ?? 'screens';
const STEPS = ['profile', 'teams', 'dimension:review', 'raci:review', 'summary'];
const SECTIONS = ['overview', 'maturity', 'raci', 'heatmap', 'roadmap'];
const SIZES = { laptop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } };

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  await page.evaluate(() => document.fonts.ready);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = spawn('node', ['scripts/serve-dist.mjs', String(PORT)], { stdio: 'ignore' });
  const executablePath = existsSync(chromium.executablePath()) ? undefined : '/usr/bin/chromium';
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    await new Promise((r) => setTimeout(r, 500));
    for (const [size, viewport] of Object.entries(SIZES)) {
      for (const lang of ['en', 'ar']) {
        const page = await browser.newPage({ viewport });
        await page.goto(`${BASE}/${lang}/`);
        await settle(page);
        await page
          .getByRole('button', { name: /bank|مصرف/i })
          .first()
          .click();
        // An example opens at its results; its answers are the questionnaire of the same id.
        await page.waitForURL(/results/);
        const url = (page.url().split('#')[0] ?? '').replace('/results/', '/assess/');
        await page.goto(`${BASE}/${lang}/`);
        await settle(page);
        await page.screenshot({ path: `${OUT}/home-${lang}-${size}.png`, fullPage: true });
        for (const step of STEPS) {
          await page.goto(`${url}#step=${step}`);
          await settle(page);
          await page.waitForSelector('#step-title');
          const name = step.replace(':', '-');
          await page.screenshot({
            path: `${OUT}/${name}-${lang}-${size}.png`,
            fullPage: size === 'laptop',
          });
        }
        const results = url.replace('/assess/', '/results/');
        await page.goto(results);
        await settle(page);
        for (const section of SECTIONS) {
          const box = page.locator(`section#${section}`);
          await box.scrollIntoViewIfNeeded();
          await box.screenshot({ path: `${OUT}/results-${section}-${lang}-${size}.png` });
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.kill();
  }
  console.log(`screenshots in ${OUT}/`);
}

await main();

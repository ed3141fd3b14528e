/**
 * `npm run bench:what-if`: a what-if edit made in the RACI matrix as a user makes it, timed in
 * Chromium at full speed and with the CPU slowed four times (as on a mid-range phone). The
 * largest example is opened at its results, "Edit in the matrix" is switched on, and each edit
 * is a real key press (R or A) on a matrix cell. Two times from the key event: until the frame
 * that shows the cell's new letters has been laid out and painted ("painted"), and until the frame
 * after the analysis has run and every view drawn from it (the flags, the bars, the figures) has
 * been updated ("settled"); `analyse()` alone is read from the page's performance measure. Goal:
 * "painted" median within two frames (33 ms) at 4×. Run after `npm run build`;
 * `-- --profile` also writes a CPU profile of the 4× edits to `.cache/what-if.cpuprofile`, and
 * `-- --dist <folder>` measures another build (an older one, to compare on the same machine).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { installEditTimer, type EditTimes, type TimedWindow } from './edit-timer';
import { launch, openExample, quantile } from './recompute';
import { serveDist } from './serve-dist';

const EXAMPLE = 'bank-fragmented';
const EDITS = 30;
const WARM_UP = 6;
const RATES = [1, 4] as const;
const TWO_FRAMES = 2000 / 60;

/** Switches the matrix to editing, once. */
async function startEditing(page: Page): Promise<void> {
  const toggle = page.locator('#raci button[aria-pressed]').first();
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
}

/** Arms the page to time the next key press on the matrix. */
async function armTimer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as TimedWindow & { whatIf?: Promise<EditTimes> };
    w.whatIf = new Promise((done) => {
      document.addEventListener('keydown', (event) => done(w.ccmTimeEdit(event.timeStamp)), {
        capture: true,
        once: true,
      });
    });
  });
}

async function readTimer(page: Page): Promise<EditTimes> {
  return page.evaluate(() => (window as unknown as { whatIf: Promise<EditTimes> }).whatIf);
}

/** Makes `count` edits: each on another cell, alternately switching its R and its A. */
async function makeEdits(page: Page, count: number): Promise<EditTimes[]> {
  const cells = page.locator('#raci svg.matrix [role="gridcell"]:not([aria-readonly])');
  const total = await cells.count();
  const edits: EditTimes[] = [];
  for (let i = 0; i < count; i++) {
    // Spread over the first rows the screen shows, never the flag column.
    await cells.nth((i * 7) % Math.min(total, 60)).focus();
    await page.waitForTimeout(40);
    await armTimer(page);
    await page.keyboard.press(i % 2 ? 'a' : 'r');
    edits.push(await readTimer(page));
  }
  return edits;
}

async function throttle(session: CDPSession, rate: number): Promise<void> {
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Measures the edits at each CPU rate and prints the median and the 95th percentile. */
export async function runWhatIfBenchmark(profile = false, folder = 'dist'): Promise<void> {
  const { base, stop } = await serveDist(folder);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const session = await page.context().newCDPSession(page);
    const ms = (n: number): string => n.toFixed(1).padStart(7);
    console.log(`${EXAMPLE}, ${EDITS} key presses in the RACI matrix after ${WARM_UP} to warm up`);
    console.log(
      'cpu    painted p50  painted p95  settled p50  settled p95  analyse p50  painted within two frames',
    );
    for (const rate of RATES) {
      await throttle(session, 1);
      await openExample(page, base, 'en', EXAMPLE);
      await startEditing(page);
      await installEditTimer(page);
      await makeEdits(page, WARM_UP);
      await throttle(session, rate);
      const recording = profile && rate === 4;
      if (recording) {
        await session.send('Profiler.enable');
        await session.send('Profiler.setSamplingInterval', { interval: 100 });
        await session.send('Profiler.start');
      }
      const edits = await makeEdits(page, EDITS);
      if (recording) {
        const { profile: cpu } = await session.send('Profiler.stop');
        mkdirSync(resolve('.cache'), { recursive: true });
        writeFileSync(resolve('.cache/what-if.cpuprofile'), JSON.stringify(cpu));
      }
      const painted = edits.map((e) => e.painted);
      const within = painted.filter((p) => p <= TWO_FRAMES).length;
      const settled = edits.map((e) => e.settled);
      const analyse = edits.map((e) => e.analyse);
      const cols = [painted, painted, settled, settled, analyse].map((values, i) =>
        ms(quantile(values, i % 2 === 1 && i < 4 ? 0.95 : 0.5)),
      );
      console.log(`${`${rate}×`.padEnd(6)}${cols.join('      ')}      ${within}/${EDITS}`);
    }
    console.log('ms; a frame is 16.7 ms at 60 Hz');
  } finally {
    await browser.close();
    stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dist = args.indexOf('--dist');
  await runWhatIfBenchmark(args.includes('--profile'), dist >= 0 ? args[dist + 1] : undefined);
}

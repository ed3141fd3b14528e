/**
 * `npm run bench:long-tasks`: the results page's first paint, as long tasks. The bank example is
 * stored from the start page, then its results page is opened afresh in each language at full
 * speed and with the CPU slowed four times, and every main-thread task over 50 ms until the page
 * has been quiet for a while is read from Chromium's `longtask` entries. Goal: none over 50 ms at
 * 1× and none over 200 ms at 4×. Prints the longest task, their count and the total blocking
 * time (each task's time past 50 ms) per row, the median of a few loads. Run after
 * `npm run build`; `-- --dist <folder>` measures another build, to compare on the same machine.
 */
import type { CDPSession, Page } from '@playwright/test';
import { launch, openExample, quantile } from './recompute';
import { serveDist } from './serve-dist';

const EXAMPLE = 'bank-fragmented';
const LANGS = ['en', 'ar'] as const;
const RATES = [1, 4] as const;
const LOADS = 5;
/** The page is taken as settled once no task has started for this long (scaled by the rate). */
const QUIET_MS = 1500;

interface Load {
  longest: number;
  count: number;
  blocking: number;
}

/** Opens the page and collects its long tasks until the main thread has been quiet. */
async function load(page: Page, url: string, rate: number): Promise<Load> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(async (quiet) => {
    const w = window as unknown as { longTasks: number[]; lastTask: number };
    for (;;) {
      await new Promise((wait) => setTimeout(wait, quiet / 3));
      if (performance.now() - w.lastTask > quiet) break;
    }
    const tasks = w.longTasks;
    return {
      longest: Math.max(0, ...tasks),
      count: tasks.length,
      blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    };
  }, QUIET_MS * rate);
}

/** Records every long task from the first byte, before the page's own scripts run. */
async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[]; lastTask: number };
    w.longTasks = [];
    w.lastTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.longTasks.push(entry.duration);
        w.lastTask = Math.max(w.lastTask, entry.startTime + entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
}

async function throttle(session: CDPSession, rate: number): Promise<void> {
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Measures the results page's long tasks in both languages at each CPU rate. */
export async function runLongTasksBenchmark(folder = 'dist'): Promise<void> {
  const { base, stop } = await serveDist(folder);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const session = await page.context().newCDPSession(page);
    await openExample(page, base, 'en', EXAMPLE);
    const id = new URL(page.url()).searchParams.get('id');
    await observeLongTasks(page);
    const ms = (n: number): string => n.toFixed(0).padStart(8);
    console.log(`${EXAMPLE} stored; results page opened ${LOADS} times per row, medians`);
    console.log('page               cpu   longest   tasks  blocking   goal');
    for (const lang of LANGS) {
      const url = `${base}/${lang}/results/?id=${id}`;
      for (const rate of RATES) {
        await throttle(session, rate);
        // One unreported load first: the first after a change of rate pays for the caches.
        await load(page, url, rate);
        const loads: Load[] = [];
        for (let i = 0; i < LOADS; i++) loads.push(await load(page, url, rate));
        const at = (key: keyof Load): number =>
          quantile(
            loads.map((l) => l[key]),
            0.5,
          );
        const goal = rate === 1 ? 50 : 200;
        console.log(
          `/${lang}/results/`.padEnd(19) +
            `${rate}×`.padEnd(4) +
            `${ms(at('longest'))}${ms(at('count'))}${ms(at('blocking'))}   ${at('longest') <= goal ? '≤' : '>'} ${goal}`,
        );
      }
    }
    await throttle(session, 1);
    console.log('ms; a long task is one over 50 ms');
  } finally {
    await browser.close();
    stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dist = args.indexOf('--dist');
  await runLongTasksBenchmark(dist >= 0 ? args[dist + 1] : undefined);
}

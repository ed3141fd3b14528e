/**
 * How long a what-if edit takes to show, timed inside the page. An edit paints the cell edited
 * first; the analysis runs in the task after that frame, and the frame after it shows every view
 * (see src/lib/after-paint.svelte.ts). From the edit's start:
 * - painted: until the first frame after the edit has been laid out and painted;
 * - settled: until the frame after the analysis has been painted (every view updated);
 * - analyse: `analyse()` alone (the page's performance measure).
 */
import type { Page } from '@playwright/test';

/** The three times of one edit, in milliseconds. */
export interface EditTimes {
  painted: number;
  settled: number;
  analyse: number;
}

/** What `installEditTimer` adds to the page. */
export interface TimedWindow {
  /**
   * Times the edit that started at `start` (a `performance.now()` or an event's time stamp);
   * `inFrame` when the edit was made in an animation frame callback, whose own frame then shows it.
   */
  ccmTimeEdit: (start: number, inFrame?: boolean) => Promise<EditTimes>;
}

// A string, not a function: the page has no copy of the bundler's helpers the benchmark's own
// functions would call. A task queued from an animation frame runs once that frame is painted.
const TIMER = `window.ccmTimeEdit = async (start, inFrame = false) => {
  performance.clearMeasures('ccm:analyse');
  const frames = [];
  if (inFrame) frames.push(await new Promise((next) => setTimeout(() => next(performance.now()))));
  // At most a second of frames: an edit that changed nothing is never analysed.
  while (frames.length < 2 || (performance.getEntriesByName('ccm:analyse').length === 0 && frames.length < 60))
    frames.push(await new Promise((next) =>
      requestAnimationFrame(() => setTimeout(() => next(performance.now())))));
  const analyse = performance.getEntriesByName('ccm:analyse').map((e) => e.duration);
  return { painted: frames[0] - start, settled: frames[frames.length - 1] - start,
    analyse: Math.max(0, ...analyse) };
}`;

/** Adds `ccmTimeEdit` to the page (again after each navigation). */
export async function installEditTimer(page: Page): Promise<void> {
  await page.evaluate(TIMER);
}

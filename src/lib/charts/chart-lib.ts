import { whenIdle } from '../when-idle';

/**
 * chart.js (about 50 KB), loaded on demand and handed over in an idle period of its own: making a
 * chart reads styles and lays the page out, which must not lengthen the task that built its view.
 */
export async function loadChartLib(): Promise<typeof import('./chartjs')> {
  const lib = await import('./chartjs');
  await new Promise<void>((done) => whenIdle(done));
  return lib;
}

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { printMode } from '../../state/print-mode.svelte';
import { LazyChart } from './lazy-chart.svelte';

const made: { config: unknown; destroyed: boolean }[] = [];
let arrive: () => void = () => undefined;

// chart.js as the loader hands it over: a chart that records what it was made with.
vi.mock('./chart-lib', () => ({
  loadChartLib: () =>
    new Promise((done) => {
      arrive = () =>
        done({
          readTheme: () => ({ ink: '#000' }),
          redrawWhenFontsLoad: () => undefined,
          Chart: class {
            entry: { config: unknown; destroyed: boolean };
            constructor(_canvas: unknown, config: unknown) {
              this.entry = { config, destroyed: false };
              made.push(this.entry);
            }
            destroy(): void {
              this.entry.destroyed = true;
            }
          },
        });
    }),
}));

const canvas = {} as HTMLCanvasElement;
const settle = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => {
  made.length = 0;
  printMode.active = false;
});

describe('a chart made once chart.js has loaded', () => {
  it('is made with a configuration built from the page colours, and destroyed with its component', async () => {
    const lazy = new LazyChart<'line'>();
    const destroy = lazy.mount(canvas, (_lib, theme) => ({
      type: 'line',
      data: { datasets: [{ data: [], borderColor: theme.ink }] },
    }));
    expect(lazy.chart).toBeUndefined();
    arrive();
    await settle();
    expect(made).toHaveLength(1);
    expect(made[0]?.config).toMatchObject({ data: { datasets: [{ borderColor: '#000' }] } });
    expect(lazy.chart).toBeDefined();
    destroy();
    expect(made[0]?.destroyed).toBe(true);
    expect(lazy.chart).toBeUndefined();
  });

  it('is never made when its component is gone before chart.js arrives', async () => {
    const lazy = new LazyChart<'line'>();
    const destroy = lazy.mount(canvas, () => ({ type: 'line', data: { datasets: [] } }));
    destroy();
    arrive();
    await settle();
    expect(made).toHaveLength(0);
    expect(lazy.chart).toBeUndefined();
  });

  it('draws only while it is on screen or the page is printed', async () => {
    const lazy = new LazyChart<'line'>();
    lazy.mount(canvas, () => ({ type: 'line', data: { datasets: [] } }));
    arrive();
    await settle();
    expect(lazy.drawable).toBe(lazy.chart);
    lazy.visible = false;
    expect(lazy.drawable).toBeUndefined();
    printMode.active = true;
    expect(lazy.drawable).toBe(lazy.chart);
  });

  it('redraws only when what it draws or draws with has changed', () => {
    const lazy = new LazyChart<'line'>();
    const format = (n: number): string => String(n);
    expect(lazy.changed('[1]', [format])).toBe(true);
    expect(lazy.changed('[1]', [format])).toBe(false);
    expect(lazy.changed('[2]', [format])).toBe(true);
  });
});

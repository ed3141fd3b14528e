import type { ChartConfiguration, ChartType, DefaultDataPoint } from 'chart.js';
import { printMode } from '../../state/print-mode.svelte';
import { loadChartLib } from './chart-lib';
import type { Translate } from '../i18n-client';
import type { ChartFormat } from './chart-format';
import type { Chart, ChartTheme } from './chartjs';
import { RedrawGuard } from './redraw-guard';

/** The chart.js module with the product's helpers (loaded on demand). */
export type ChartLib = typeof import('./chartjs');

/** What a canvas chart is given besides its data. */
export interface CanvasChartProps {
  rtl: boolean;
  /** The item shown with its tooltip (chosen in the legend), or null. */
  active: string | null;
  format: ChartFormat;
  t: Translate;
  /** The chart's accessible name. */
  label: string;
  /** The id of the element that summarises the chart in words. */
  describedby: string;
}

/**
 * A chart.js chart on a canvas: made once chart.js has loaded (after the page is interactive; the
 * canvas keeps its size meanwhile), destroyed with its component, and redrawn only while it can be
 * seen and only when what it draws has changed.
 */
export class LazyChart<TType extends ChartType, TData = DefaultDataPoint<TType>, TLabel = unknown> {
  /** The chart, once chart.js has loaded. */
  chart: Chart<TType, TData, TLabel> | undefined = $state.raw();
  /** Whether the canvas is on screen: off screen, a chart catches up when it comes into view. */
  visible = $state(true);
  /** chart.js, set when the chart is made. */
  lib!: ChartLib;
  /** The page's colours and text size, read when the chart is made. */
  theme!: ChartTheme;
  readonly #redraw = new RedrawGuard();

  /** Makes the chart on a canvas once chart.js has loaded; returns what destroys it (for onMount). */
  mount(
    canvas: HTMLCanvasElement,
    configure: (lib: ChartLib, theme: ChartTheme) => ChartConfiguration<TType, TData, TLabel>,
  ): () => void {
    let created: Chart<TType, TData, TLabel> | undefined;
    let gone = false;
    void loadChartLib().then((lib) => {
      if (gone) return;
      this.lib = lib;
      this.theme = lib.readTheme(canvas);
      created = new lib.Chart<TType, TData, TLabel>(canvas, configure(lib, this.theme));
      this.chart = created;
      lib.redrawWhenFontsLoad(created as unknown as Chart);
    });
    return () => {
      gone = true;
      created?.destroy();
      this.chart = undefined;
    };
  }

  /** The chart when it should draw now: made, and on screen or being printed. */
  get drawable(): Chart<TType, TData, TLabel> | undefined {
    return this.visible || printMode.active ? this.chart : undefined;
  }

  /** Whether what the chart draws (a key) or draws with (formatters, strings, colours) changed. */
  changed(key: string, deps: readonly unknown[]): boolean {
    return this.#redraw.changed(key, [...deps, this.theme]);
  }
}

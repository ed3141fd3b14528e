/**
 * The one place that registers chart.js parts: only what the radar and the projection use, so
 * the bundle carries no other controller, scale or plugin. Also the helpers both charts share:
 * colours from the design tokens, the page's typeface, reduced motion and in-place updates.
 */
import {
  CategoryScale,
  Chart,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type ActiveDataPoint,
  type ChartDataset,
  type ChartType,
} from 'chart.js';
import { printMode } from '../../state/print-mode.svelte';

Chart.register(
  RadarController,
  LineController,
  RadialLinearScale,
  LinearScale,
  CategoryScale,
  PointElement,
  LineElement,
  Tooltip,
);

export { Chart };

/** Chart colours, read from the design tokens of the page the chart is drawn on. */
export interface ChartTheme {
  ink: string;
  inkSoft: string;
  line: string;
  lineStrong: string;
  surface: string;
  accent: string;
  focus: string;
  warn: string;
  /** The root font size in pixels: larger on a projector, so chart text grows with the page's. */
  rem: number;
}

/** Reads the chart colours from the tokens in effect on an element, and sets the typeface. */
export function readTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const token = (name: string, fallback: string): string =>
    style.getPropertyValue(name).trim() || fallback;
  const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  Chart.defaults.font.family = style.fontFamily;
  Chart.defaults.font.size = Math.round(rem * 0.8125);
  Chart.defaults.color = token('--ink-soft', '#3d4a66');
  return {
    rem,
    ink: token('--ink', '#14213d'),
    inkSoft: token('--ink-soft', '#3d4a66'),
    line: token('--line', '#d9d5cb'),
    lineStrong: token('--line-strong', '#a9a294'),
    surface: token('--surface', '#ffffff'),
    accent: token('--accent', '#1d4e89'),
    focus: token('--focus', '#c2410c'),
    warn: token('--warn', '#8a5a00'),
  };
}

/** A `#rrggbb` colour with an alpha channel. */
export function withAlpha(hex: string, alpha: number): string {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) return hex;
  const n = Number.parseInt(match[1], 16);
  return `rgb(${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255} / ${alpha})`;
}

/** Whether the reader asked for less motion: then charts change without animation. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The animation setting for the reader's motion preference. */
export function animationFor(): false | { duration: number } {
  // Paper shows the final frame: a chart caught up for print must not be caught mid-animation.
  return prefersReducedMotion() || printMode.active ? false : { duration: 350 };
}

/** Text size in pixels for a chart's labels by its width (phone, laptop, wide) and the root size. */
export function labelSize(width: number, rem: number): number {
  const scale = width < 420 ? 0.6875 : width < 700 ? 0.8125 : 0.9375;
  return Math.round(rem * scale);
}

/**
 * Redraws once the page's typeface has loaded in both scripts, so the canvas shapes Arabic in
 * IBM Plex Sans Arabic rather than in whatever fallback was there at first paint.
 */
export function redrawWhenFontsLoad(chart: Chart): void {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  const family = String(Chart.defaults.font.family);
  const samples = ['400', '600'].map((weight) =>
    document.fonts.load(`${weight} 16px ${family}`, 'مستوى النضج Maturity 0123'),
  );
  void Promise.all(samples)
    .then(() => {
      if (chart.canvas) chart.update('none');
    })
    .catch(() => undefined);
}

/**
 * Puts new datasets into a chart without replacing the objects chart.js already tracks, so an
 * update animates from where the chart is instead of rebuilding every line.
 */
export function syncDatasets<T extends ChartType>(
  chart: Chart<T>,
  next: readonly ChartDataset<T>[],
): void {
  const current = chart.data.datasets;
  next.forEach((dataset, i) => {
    const existing = current[i];
    if (existing) Object.assign(existing, dataset);
    else current.push(dataset);
  });
  current.splice(next.length);
}

/** Shows the hover style and the tooltip on the given points (none: hides them); for keyboard focus. */
export function showPoints(chart: Chart, points: ActiveDataPoint[]): void {
  const first = points[0];
  const element = first && chart.getDatasetMeta(first.datasetIndex).data[first.index];
  chart.setActiveElements(points);
  chart.tooltip?.setActiveElements(points, { x: element?.x ?? 0, y: element?.y ?? 0 });
  chart.update('none');
}

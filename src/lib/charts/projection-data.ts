/**
 * What the projection chart shows, worked out from the analysis without the chart: maturity today
 * and after each roadmap phase, overall and per dimension, the dimensions left off and why, and
 * the numbers of its text summary.
 */
import type { Analysis } from '../../domain/analysis';
import { scoreOverall } from '../../domain/scoring/score-overall';
import type { DimensionName, ExclusionReason } from './radar-data';

/** A point in time on the chart: today, or the end of a roadmap phase. */
export interface ProjectionStep {
  /** `today` or the phase id. */
  id: string;
  /** Months from the start of the roadmap: 0 today, else the phase's last month. */
  month: number;
}

/** One dimension's maturity at each step (today first); null where it is not known. */
export interface ProjectionSeries {
  id: string;
  name: string;
  values: (number | null)[];
}

/** The figures of the text summary. */
export interface ProjectionSummary {
  from: number;
  to: number;
  /** The last phase's id. */
  lastPhase: string;
  /** The dimensions that gain the most from today to the last phase; empty when none gains. */
  largestGain: string[];
  gain: number;
}

/** Everything the projection chart, its selector, its table and its summary need. */
export interface ProjectionData {
  steps: ProjectionStep[];
  /** The overall maturity at each step: the same sector-weighted mean as today's. */
  overall: (number | null)[];
  /** In-scope dimensions with a score today, in the model's order. */
  series: ProjectionSeries[];
  excluded: { id: string; name: string; reason: ExclusionReason }[];
  /** Null when nothing has a score today. */
  summary: ProjectionSummary | null;
}

const EPSILON = 1e-9;

function projectOverall(
  dimensions: Analysis['dimensions'],
  projected: Readonly<Record<string, number | null>>,
): number | null {
  const next = Object.fromEntries(
    Object.entries(dimensions).map(([id, d]) => [id, { ...d, score: projected[id] ?? null }]),
  );
  return scoreOverall(next, []).score;
}

function summarise(
  overall: readonly (number | null)[],
  series: readonly ProjectionSeries[],
  lastPhase: string,
): ProjectionSummary | null {
  const from = overall[0];
  const to = overall.at(-1);
  if (from === null || from === undefined || to === null || to === undefined) return null;
  const gains = series.map((s) => ({
    name: s.name,
    gain: (s.values.at(-1) ?? 0) - (s.values[0] ?? 0),
  }));
  const gain = Math.max(0, ...gains.map((g) => g.gain));
  const largestGain =
    gain < EPSILON ? [] : gains.filter((g) => gain - g.gain < EPSILON).map((g) => g.name);
  return { from, to, lastPhase, largestGain, gain };
}

/** Prepares the projection's steps, overall and per-dimension series, left-off dimensions and summary. */
export function buildProjectionData(
  roadmap: Analysis['roadmap'],
  dimensions: Analysis['dimensions'],
  dimensionNames: readonly DimensionName[],
): ProjectionData {
  const steps: ProjectionStep[] = [
    { id: 'today', month: 0 },
    ...roadmap.phases.map((p) => ({ id: p.id, month: p.months[1] })),
  ];
  const series: ProjectionSeries[] = [];
  const excluded: ProjectionData['excluded'] = [];
  for (const { id, name } of dimensionNames) {
    const d = dimensions[id];
    if (!d) continue;
    if (!d.inScope || d.score === null) {
      excluded.push({ id, name, reason: d.inScope ? 'unscored' : 'out-of-scope' });
      continue;
    }
    const values = [d.score, ...roadmap.phases.map((p) => p.projected.dimensions[id] ?? null)];
    series.push({ id, name, values });
  }
  const today = Object.fromEntries(Object.entries(dimensions).map(([id, d]) => [id, d.score]));
  const overall = [today, ...roadmap.phases.map((p) => p.projected.dimensions)].map((scores) =>
    projectOverall(dimensions, scores),
  );
  const summary = summarise(overall, series, roadmap.phases.at(-1)?.id ?? 'today');
  return { steps, overall, series, excluded, summary };
}

/**
 * The steps in the order they stand on the time axis, left to right. Right to left, time runs
 * leftwards, so today is on the right; the steps are reversed rather than using chart.js's
 * `reverse`, which pads the axis for the wrong end label and clips the last phase's name.
 */
export function axisOrder(steps: number, rtl: boolean): number[] {
  const order = Array.from({ length: steps }, (_, i) => i);
  return rtl ? order.reverse() : order;
}

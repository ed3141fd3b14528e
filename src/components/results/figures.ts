/**
 * What the overview and the what-if sandbox read off the analysis: the six lifecycle figures
 * with their targets, the biggest risks, the first actions, and the figures an edit changed.
 * Selection and wording only; every number comes from `analyse()`.
 */
import { FLAG_IDS, type Analysis, type FlagId, type LifecycleFigures } from '../../domain/analysis';
import { rankRisks, type RankedRisk } from '../../domain/risk/rank-risks';
import type { RoadmapAction } from '../../domain/roadmap/build-roadmap';
import type { PhaseId } from '../../domain/schemas/action';
import type { Formatters } from './view-context';

/** The lifecycle figures the overview shows, in reading order. */
export const FIGURE_KEYS = [
  'accountableOwners',
  'fragmentationIndex',
  'handoffs',
  'orphanRate',
  'contestRate',
  'controlFunctionCoverage',
] as const;
/** One of the six lifecycle figures. */
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** Where a single control function would put each figure. */
export const FIGURE_TARGETS: Record<FigureKey, number> = {
  accountableOwners: 1,
  fragmentationIndex: 0,
  handoffs: 0,
  orphanRate: 0,
  contestRate: 0,
  controlFunctionCoverage: 1,
};

/** A figure's value; null when too few activities are answered to compute it. */
export function figureValue(lifecycle: LifecycleFigures, key: FigureKey): number | null {
  if (lifecycle.answeredActivities === 0) return null;
  return lifecycle[key];
}

/** A figure written the way its card shows it. */
export function formatFigure(key: FigureKey, value: number, fmt: Formatters): string {
  if (key === 'accountableOwners' || key === 'handoffs') return fmt.count(value);
  if (key === 'fragmentationIndex') return fmt.index(value);
  return fmt.percent(value);
}

/** A target as its card writes it: whole numbers without decimals. */
export function formatTarget(key: FigureKey, fmt: Formatters): string {
  const target = FIGURE_TARGETS[key];
  return key === 'fragmentationIndex' ? fmt.count(target) : formatFigure(key, target, fmt);
}

/**
 * Whether a figure is on target; null when unknown. One accountable owner is on target only
 * when it is the control function, accountable everywhere.
 */
export function meetsTarget(lifecycle: LifecycleFigures, key: FigureKey): boolean | null {
  const value = figureValue(lifecycle, key);
  if (value === null) return null;
  if (key === 'accountableOwners') return value === 1 && lifecycle.controlFunctionCoverage === 1;
  return value === FIGURE_TARGETS[key];
}

/**
 * The biggest risks: the first `n` of `rankRisks` (continuous score, then likelihood, then
 * impact; lifecycle and category order only between cells equal in all three).
 */
export function topRisks(
  heatmap: Analysis['heatmap'],
  stageOrder: readonly string[],
  n = 3,
): RankedRisk[] {
  return rankRisks(heatmap, stageOrder).slice(0, n);
}

/** The first actions still to do, in roadmap order, with their phase. */
export function firstActions(
  roadmap: Analysis['roadmap'],
  n = 3,
): (RoadmapAction & { phase: PhaseId })[] {
  return roadmap.phases
    .flatMap((p) => p.actions.map((a) => ({ ...a, phase: p.id })))
    .filter((a) => a.status !== 'done')
    .slice(0, n);
}

/** How many activities carry each flag, in the catalogue's order, only the flags raised. */
export function countFlags(analysis: Analysis): { flag: FlagId; count: number }[] {
  const counts = new Map<FlagId, number>();
  for (const activity of Object.values(analysis.activities))
    for (const flag of activity.flags) counts.set(flag, (counts.get(flag) ?? 0) + 1);
  return FLAG_IDS.filter((flag) => counts.has(flag)).map((flag) => ({
    flag,
    count: counts.get(flag) ?? 0,
  }));
}

/** One figure that differs between two analyses, written before and after. */
export interface FigureChange {
  /** A figure key, `overall` or a flag id (count of activities carrying it). */
  key: string;
  before: string;
  after: string;
}

/** A changed figure's label: the figure's own name, the overall maturity, a flag's count or the summed risk. */
export function changeLabel(
  change: FigureChange,
  t: (key: string, params?: Record<string, string>) => string,
  flagName: (id: string) => string,
): string {
  if (change.key === 'overall') return t('sandbox.change.overall');
  if (change.key === 'risk') return t('sandbox.change.risk');
  if (change.key.startsWith('flag:'))
    return t('sandbox.change.flag', { flag: flagName(change.key.slice(5)) });
  return t(`figure.${change.key}`);
}

/**
 * The figures that differ between the stored assessment and the what-if, as the page writes
 * them: the lifecycle figures, the overall maturity, the flag counts and the summed risk.
 */
export function compareFigures(before: Analysis, after: Analysis, fmt: Formatters): FigureChange[] {
  const out: FigureChange[] = [];
  const push = (key: string, b: string, a: string): void => {
    if (a !== b) out.push({ key, before: b, after: a });
  };
  const show = (key: FigureKey, l: LifecycleFigures): string => {
    const value = figureValue(l, key);
    return value === null ? '–' : formatFigure(key, value, fmt);
  };
  for (const key of FIGURE_KEYS) push(key, show(key, before.lifecycle), show(key, after.lifecycle));
  const overall = (a: Analysis): string =>
    a.overall.score === null ? '–' : fmt.score(a.overall.score);
  push('overall', overall(before), overall(after));
  const flagsBefore = new Map(countFlags(before).map((f) => [f.flag, f.count]));
  const flagsAfter = new Map(countFlags(after).map((f) => [f.flag, f.count]));
  for (const flag of new Set([...flagsBefore.keys(), ...flagsAfter.keys()]))
    push(
      `flag:${flag}`,
      fmt.count(flagsBefore.get(flag) ?? 0),
      fmt.count(flagsAfter.get(flag) ?? 0),
    );
  push('risk', fmt.score(before.roadmap.currentRisk), fmt.score(after.roadmap.currentRisk));
  return out;
}

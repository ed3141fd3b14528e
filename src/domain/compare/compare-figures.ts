import type { LifecycleFigures } from '../analysis';

/** The lifecycle figures the comparison reports: every number of `lifecycle` (its list of main owners is not one). */
export const COMPARED_FIGURES = [
  'accountableOwners',
  'hhi',
  'fragmentationIndex',
  'handoffs',
  'orphanRate',
  'contestRate',
  'controlFunctionCoverage',
  'activitiesInScope',
  'answeredActivities',
  'unknownActivities',
] as const satisfies readonly (keyof LifecycleFigures)[];

/** A lifecycle figure's id. */
export type ComparedFigure = (typeof COMPARED_FIGURES)[number];

/** A figure before and after; null where the analysis has none (no answered activity). */
export interface FigureChange {
  from: number | null;
  to: number | null;
}

/** Every compared lifecycle figure before and after, changed or not, in a fixed order. */
export function compareFigures(
  older: LifecycleFigures,
  newer: LifecycleFigures,
): Record<ComparedFigure, FigureChange> {
  return Object.fromEntries(
    COMPARED_FIGURES.map((id) => [id, { from: older[id], to: newer[id] }]),
  ) as Record<ComparedFigure, FigureChange>;
}

/**
 * What the overview reads off the analysis about targets: each in-scope dimension's score against
 * the level it aims at, and the level the overall score is on its way to. Selection only; every
 * number comes from `analyse()`.
 */
import type { Analysis } from '../../domain/analysis';
import type { Level } from '../../domain/schemas/common';

/** One in-scope dimension against its target. */
export interface TargetRow {
  id: string;
  name: string;
  score: number | null;
  target: Level;
  /** target − score; null without a score. */
  gap: number | null;
  /** Whether the score reaches the target; null without a score. */
  met: boolean | null;
}

/** The in-scope dimensions in the given (model) order, each with its score, target and gap. */
export function targetRows(
  dimensions: Analysis['dimensions'],
  names: readonly { id: string; name: string }[],
): TargetRow[] {
  return names.flatMap(({ id, name }) => {
    const d = dimensions[id];
    if (!d?.inScope) return [];
    const met = d.gap === null ? null : d.gap <= 0;
    return [{ id, name, score: d.score, target: d.target, gap: d.gap, met }];
  });
}

/**
 * The level a score is on its way to: the next one when the score is past its level's floor
 * (2.67 at level 2 is on the way to 3); null at a whole level or at the top.
 */
export function nextLevel(score: number, level: Level): Level | null {
  return score > level && level < 5 ? ((level + 1) as Level) : null;
}

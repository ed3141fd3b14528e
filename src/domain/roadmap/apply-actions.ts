import type { Action } from '../schemas/action';
import { MAX_RATING } from '../risk/factors';
import type { ActivityState, DimensionState } from '../risk/likelihood';

/** The answers a projection works on: dimension results and activity flags. */
export interface RoadmapState {
  dimensions: Readonly<Record<string, DimensionState>>;
  activities: Readonly<Record<string, ActivityState>>;
}

/**
 * The state once the given actions are done: each raised dimension gains its levels, capped at 5;
 * each resolved flag leaves every activity. A dimension without a score stays without one (where
 * it starts is unknown, and raising an assumed level 2 could lower a stage's mean and so raise
 * its risk); out-of-scope dimensions stay untouched.
 */
export function applyActions(
  state: RoadmapState,
  actions: readonly Pick<Action, 'raises' | 'resolves'>[],
): RoadmapState {
  const dimensions: Record<string, DimensionState> = { ...state.dimensions };
  const resolved = new Set(actions.flatMap((a) => a.resolves));
  for (const action of actions) {
    for (const [id, levels] of Object.entries(action.raises)) {
      const current = dimensions[id];
      if (!current?.inScope || current.score === null) continue;
      dimensions[id] = { ...current, score: Math.min(MAX_RATING, current.score + levels) };
    }
  }
  if (resolved.size === 0) return { dimensions, activities: state.activities };
  // Keys, then each value: Object.entries is several times slower on records this size.
  const activities = Object.fromEntries(
    Object.keys(state.activities).map((id) => {
      const a = state.activities[id] as ActivityState;
      return [id, { ...a, flags: a.flags.filter((f) => !resolved.has(f)) }];
    }),
  );
  return { dimensions, activities };
}

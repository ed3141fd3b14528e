/**
 * A compact state for planning the roadmap: only what the heatmap's summed score depends on, so
 * that weighing every candidate action at every step costs a few additions instead of copying the
 * answers and rebuilding each stage's figures. It scores exactly what `makeRiskTotal` gives for
 * the state `applyActions` would reach with the same actions, in the same order:
 * - a stage's maturity is the mean of its in-scope mapped dimensions that have a score; which
 *   dimensions those are never changes (a raise skips a dimension without a score or out of
 *   scope), only their scores do, each raised in turn and capped at 5 as `applyActions` does;
 * - a resolved flag leaves every activity, so a stage still carries a likelihood flag when one
 *   of its activities did today and no action applied so far resolves it.
 */
import type { Action } from '../schemas/action';
import { MAX_RATING } from '../risk/factors';
import { listRiskStages, type HeatmapInput, type RiskState } from '../risk/heatmap';
import {
  LIKELIHOOD_FLAGS,
  likelihoodFromMaturity,
  UNKNOWN_MATURITY_LEVEL,
} from '../risk/likelihood';

/** Where planning stands: the scores that can still change, the flags resolved, each stage's share. */
export interface PlanState {
  /** The score of each dimension some stage's maturity averages, by slot (see `PlanScorer`). */
  readonly scores: readonly number[];
  /** The likelihood flags resolved so far: bit i stands for `LIKELIHOOD_FLAGS[i]`. */
  readonly resolved: number;
  /**
   * Each in-scope stage's share of the summed score (its likelihood times its summed impact), in
   * lifecycle order: an action recomputes only the shares of the stages it touches.
   */
  readonly shares: readonly number[];
}

/** What an action does to the plan state. */
export type PlanAction = Pick<Action, 'raises' | 'resolves'>;

/** What an action does to the plan state, worked out once by `PlanScorer.prepare`. */
export interface PlanMove {
  /** [slot, levels] of each raised dimension that some stage's maturity averages. */
  readonly raises: readonly (readonly [number, number])[];
  /** The likelihood flags it resolves, as bits. */
  readonly resolves: number;
  /** The stages whose share it can change: a raised dimension or a resolved flag of theirs. */
  readonly stages: readonly number[];
}

/** Today's plan state, how an action moves it, and its summed heatmap score. */
export interface PlanScorer {
  start: PlanState;
  /** Works out what an action does, once, for `apply`. */
  prepare(action: PlanAction): PlanMove;
  apply(state: PlanState, move: PlanMove): PlanState;
  risk(state: PlanState): number;
}

interface PlanStage {
  /** Slots of the stage's scored dimensions, in mapped order (a dimension mapped twice counts twice). */
  slots: number[];
  /** The likelihood flags found today in the stage's activities, as bits. */
  flags: number;
  impact: number;
}

/** The likelihood flags among `flags`, as bits. */
function flagBits(flags: readonly string[]): number {
  let bits = 0;
  LIKELIHOOD_FLAGS.forEach((flag, i) => {
    if (flags.includes(flag)) bits |= 1 << i;
  });
  return bits;
}

/** How many bits are set in a mask of likelihood flags. */
function countBits(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * A planning scorer for the given model, organisation and scope, starting from today's answers.
 * Dimension scores are numbers or null, as the analysis gives them.
 */
export function makePlanScorer(
  input: Omit<HeatmapInput, keyof RiskState>,
  today: RiskState,
): PlanScorer {
  const slotOf = new Map<string, number>();
  const scores: number[] = [];
  const stages: PlanStage[] = listRiskStages(input).map((stage) => {
    const slots: number[] = [];
    for (const id of stage.mapped) {
      const d = today.dimensions[id];
      if (!d?.inScope || d.score === null) continue;
      let slot = slotOf.get(id);
      if (slot === undefined) {
        slot = scores.push(d.score) - 1;
        slotOf.set(id, slot);
      }
      slots.push(slot);
    }
    let flags = 0;
    for (const id of stage.activities) flags |= flagBits(today.activities[id]?.flags ?? []);
    return { slots, flags, impact: stage.impact };
  });

  const stagesOfSlot: number[][] = scores.map(() => []);
  stages.forEach((stage, i) => {
    for (const slot of stage.slots) stagesOfSlot[slot]?.push(i);
  });
  const prepare = (action: PlanAction): PlanMove => {
    const raises: [number, number][] = [];
    for (const [id, levels] of Object.entries(action.raises)) {
      const slot = slotOf.get(id);
      if (slot !== undefined) raises.push([slot, levels]);
    }
    const resolves = flagBits(action.resolves);
    const touches = stages.map((stage) => (stage.flags & resolves) !== 0);
    for (const [slot] of raises) for (const i of stagesOfSlot[slot] ?? []) touches[i] = true;
    const touched: number[] = [];
    touches.forEach((touch, i) => {
      if (touch) touched.push(i);
    });
    return { raises, resolves, stages: touched };
  };

  const unknownLikelihood = likelihoodFromMaturity(UNKNOWN_MATURITY_LEVEL);
  const shareOf = (stage: PlanStage, scores: readonly number[], resolved: number): number => {
    let likelihood = unknownLikelihood;
    if (stage.slots.length > 0) {
      // Summed from 0 in mapped order, as measureStageMaturity does, for the same float.
      let sum = 0;
      for (const slot of stage.slots) sum += scores[slot] ?? 0;
      likelihood = likelihoodFromMaturity(sum / stage.slots.length);
    }
    likelihood += countBits(stage.flags & ~resolved);
    return Math.min(MAX_RATING, likelihood) * stage.impact;
  };

  return {
    start: { scores, resolved: 0, shares: stages.map((stage) => shareOf(stage, scores, 0)) },
    prepare,
    apply(state, { raises, resolves, stages: touched }) {
      let scores = state.scores;
      if (raises.length > 0) {
        const raised = state.scores.slice();
        for (const [slot, levels] of raises)
          raised[slot] = Math.min(MAX_RATING, (raised[slot] ?? 0) + levels);
        scores = raised;
      }
      const resolved = state.resolved | resolves;
      let shares = state.shares;
      if (touched.length > 0) {
        const next = shares.slice();
        for (const i of touched) {
          const stage = stages[i];
          if (stage) next[i] = shareOf(stage, scores, resolved);
        }
        shares = next;
      }
      return { scores, resolved, shares };
    },
    risk(state) {
      // Added in lifecycle order from 0, as the full heatmap's total is.
      let total = 0;
      for (const share of state.shares) total += share;
      return total;
    },
  };
}

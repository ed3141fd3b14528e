/**
 * The roadmap toward a single control function. Decisions beyond the spec (each is also stated
 * where it is implemented):
 * - Selection: an action joins when its conditions hold, or when the assessment marks it in
 *   progress or done (a re-take still shows it). An unknown dimension counts as level 2 in a
 *   condition; a test on an out-of-scope dimension is false; unknown coverage counts as 0.
 * - A prerequisite that is not selected is taken to be in place, not pulled in: its conditions
 *   are the gap it closes and they do not hold. Each action lists such `prerequisitesInPlace`.
 * - Risk removed = fall in the summed heatmap score when the action is done after the ones
 *   placed before it (so a phase's figures add up to the fall in its projection, and a capped
 *   likelihood cannot hide an action's effect forever); priority = risk removed ÷ effort. Within
 *   a phase, the free-to-start action with the highest priority goes next; ties keep library order.
 * - Done actions are listed with riskRemoved 0 and are not applied again in the projection: their
 *   effect is already in today's answers. In-progress actions count in full in their phase.
 * - Projection: raises add to known scores (cap 5); a dimension with no score stays unknown (no
 *   one knows where it starts); resolved flags leave every activity. The heatmap is recomputed.
 */
import type { LifecycleFigures } from '../analysis';
import { makeHeatmapDrawer, type Heatmap } from '../risk/heatmap';
import type { ActivityState } from '../risk/likelihood';
import { PHASES, type Action, type PhaseId } from '../schemas/action';
import type { ActionStatus, Assessment } from '../schemas/assessment';
import type { Model } from '../schemas/model';
import { readActionLibrary } from './action-library';
import { applyActions, type RoadmapState } from './apply-actions';
import { collectStageFlags, evaluateCondition, type ConditionContext } from './conditions';
import { planActions } from './plan-actions';
import { makePlanScorer } from './plan-state';
import { selectActions, type SelectionReason } from './select-actions';
import { buildToBeRaci, type ActivityRaci, type ToBeRaci } from './to-be-raci';

/** Each phase's horizon in months from the start of the roadmap. */
export const PHASE_MONTHS: Record<PhaseId, readonly [number, number]> = {
  stabilise: [0, 3],
  standardise: [3, 6],
  centralise: [6, 12],
  optimise: [12, 24],
};

/** What the roadmap is built from: the model, the assessment and the core analysis results. */
export interface RoadmapInput {
  model: Pick<
    Model,
    | 'stages'
    | 'activities'
    | 'dimensions'
    | 'risk'
    | 'flags'
    | 'actions'
    | 'teams'
    | 'controlFunction'
  >;
  assessment: Pick<Assessment, 'organisation' | 'outOfScope' | 'roadmap' | 'teams'>;
  dimensions: RoadmapState['dimensions'];
  activities: Readonly<Record<string, ActivityState & ActivityRaci>>;
  lifecycle: Pick<LifecycleFigures, 'controlFunctionCoverage'>;
}

/** An action on the roadmap, with its texts, its status and why and where it is placed. */
export interface RoadmapAction extends Omit<Action, 'when'> {
  status: ActionStatus;
  selectedBy: SelectionReason;
  requiredBy: string[];
  /** Prerequisites not on the roadmap because their conditions do not hold: taken as in place. */
  prerequisitesInPlace: string[];
  /** Fall in the summed heatmap score when this action is done after the ones before it; 0 once done. */
  riskRemoved: number;
  /** riskRemoved ÷ effort: what ranks it among the actions free to start. */
  priority: number;
}

/** Dimension scores and heatmap expected once a phase's actions (and all before) are done. */
export interface Projection {
  dimensions: Record<string, number | null>;
  heatmap: Heatmap;
  totalRisk: number;
}

/** One phase of the roadmap. */
export interface RoadmapPhase {
  id: PhaseId;
  months: readonly [number, number];
  actions: RoadmapAction[];
  projected: Projection;
}

/** The roadmap toward a single control function. */
export interface Roadmap {
  phases: RoadmapPhase[];
  toBe: ToBeRaci;
  /** The summed heatmap score today, for comparison with each phase's projection. */
  currentRisk: number;
  /** How many roadmap actions the assessment marks at each status. */
  progress: Record<ActionStatus, number>;
}

function project(
  input: RoadmapInput,
  state: RoadmapState,
  totalRisk: number,
  draw: (state: RoadmapState) => Heatmap,
): Projection {
  const heatmap = draw(state);
  const dimensions = Object.fromEntries(
    input.model.dimensions.map((d) => {
      const result = state.dimensions[d.id];
      return [d.id, result?.inScope === false ? null : (result?.score ?? null)];
    }),
  );
  return { dimensions, heatmap, totalRisk };
}

/**
 * Builds the roadmap: selects the actions whose conditions hold (or that the assessment tracks),
 * plans them phase by phase, prerequisites first and then by risk removed per effort, and projects
 * maturity and heatmap after each phase. Actions marked done are listed but remove no further
 * risk: their effect is already in today's answers. In-progress actions count in their phase.
 */
export function buildRoadmap(input: RoadmapInput): Roadmap {
  const { model, assessment } = input;
  const statuses = assessment.roadmap;
  const ctx: ConditionContext = {
    organisation: assessment.organisation,
    dimensions: input.dimensions,
    stageFlags: collectStageFlags(model, input.activities),
    coverage: input.lifecycle.controlFunctionCoverage,
  };
  const today: RoadmapState = { dimensions: input.dimensions, activities: input.activities };
  // Planning weighs every waiting action at every step, so it works on a compact state; each
  // phase's full state is then reached by applying its actions to the one before, in the order
  // placed (done ones excepted, as in planning), which is what applying them one by one gives.
  const scorer = makePlanScorer(input, today);
  const selected = selectActions(
    readActionLibrary(model),
    (a) => evaluateCondition(a.when, ctx),
    statuses,
  ).map((s) => ({
    ...s,
    id: s.action.id,
    phase: s.action.phase,
    prerequisites: s.action.prerequisites,
    effort: s.action.effort,
    status: statuses[s.action.id] ?? 'not-started',
    done: statuses[s.action.id] === 'done',
    move: scorer.prepare(s.action),
  }));
  const plan = planActions(selected, scorer.start, {
    apply: (state, item) => scorer.apply(state, item.move),
    risk: scorer.risk,
  });
  const draw = makeHeatmapDrawer(input);
  let reached = today;
  const phases = PHASES.map((id): RoadmapPhase => {
    const applied = plan[id].actions
      .filter(({ item }) => !item.done)
      .map(({ item }) => item.action);
    reached = applied.length === 0 ? reached : applyActions(reached, applied);
    return {
      id,
      months: PHASE_MONTHS[id],
      actions: plan[id].actions.map(({ item, riskRemoved, priority }) => {
        const { when: _when, ...action } = item.action;
        const { selectedBy, requiredBy, prerequisitesInPlace, status } = item;
        return {
          ...action,
          status,
          selectedBy,
          requiredBy,
          prerequisitesInPlace,
          riskRemoved,
          priority,
        };
      }),
      projected: project(input, reached, scorer.risk(plan[id].state), draw),
    };
  });
  const progress: Record<ActionStatus, number> = { 'not-started': 0, 'in-progress': 0, done: 0 };
  for (const item of selected) progress[item.status] += 1;
  return {
    phases,
    toBe: buildToBeRaci(model, assessment, input.activities),
    currentRisk: scorer.risk(scorer.start),
    progress,
  };
}

/**
 * The roadmap toward a single control function (model 2026.2). Decisions beyond the spec (each is
 * also stated where it is implemented):
 * - Selection is question by question: an improvement action is needed for a lifted question below
 *   its level in a dimension below its target, a sustain action for any such question, and either
 *   for a flag it resolves; its profile conditions (`when`) must hold. In place = every in-scope
 *   lifted question at or above its level and no flag it resolves. "Don't know" and unanswered are
 *   below. Tracked actions (in progress, done) stay on the roadmap unless the answers show them in
 *   place; a prerequisite that is not in place is laid first even when its own dimension is at
 *   target (but not for an action already done); one in place or not applicable is taken as in
 *   place.
 * - The control function exists today when its charter is done, or when it is among the
 *   assessment's teams and the action that charters it is not needed (in place, not applicable, or
 *   absent from the library); otherwise its levels can be projected from the phase that charters
 *   it.
 * - Risk removed is weighed with actions done in full (no step limit): own = today's total − the
 *   total with the action and its prerequisites on the roadmap done; a prerequisite unlocks what
 *   each action waiting on it (directly or through others) removes beyond all its prerequisites.
 *   Done actions remove nothing more.
 * - Ranking: actions in progress first, then (own + unlocked) ÷ effort, then library order.
 * - Planning: done actions are listed in their own phase, take no capacity and hold nothing back;
 *   a phase left with no work takes actions from later phases.
 * - Projection: answers rise toward the highest lift of the actions done by the end of the phase,
 *   two levels a phase at most, never to a level naming the control function before the phase
 *   that charters it, never down; "don't know" stays unknown; questions of out-of-scope dimensions
 *   are not projected. Resolved flags leave every activity.
 *   Done actions are not applied again: their effect is in today's answers.
 * - Owners are found per phase: the control function owns its actions from the phase after its
 *   charter, and only when it is among the assessment's teams; otherwise the sponsor keeps them,
 *   so every owner is one of the assessment's teams or the sponsor. An owner the assessment names
 *   for an action (one of its teams) takes its place.
 * - A done action still on the roadmap says whether today's answers show it (`effective`): a done
 *   action whose questions are still below their levels, or whose flags are still raised, is kept
 *   and shown as done but not effective.
 */
import type { ActivityResult, AnswerDriver, DimensionResult, LifecycleFigures } from '../analysis';
import { buildTeamOrder } from '../raci/team-order';
import { makeHeatmapDrawer, type Heatmap } from '../risk/heatmap';
import { PHASES, type Action, type PhaseId } from '../schemas/action';
import type { ActionStatus, Assessment } from '../schemas/assessment';
import type { Level } from '../schemas/common';
import type { FlagId } from '../schemas/flag';
import type { Model } from '../schemas/model';
import { scoreOverall } from '../scoring/score-overall';
import { readActionLibrary } from './action-library';
import { assignOwner, type OwnerSetting } from './assign-owners';
import { collectStageFlags, evaluateCondition, type ConditionContext } from './conditions';
import { planActions, type Placement } from './plan-actions';
import { MAX_STEP_PER_PHASE, raiseAnswers } from './project-answers';
import {
  classifyActions,
  selectActions,
  type LiftEvidence,
  type SelectedAction,
  type SelectionReason,
} from './select-actions';
import { buildToBeRaci, type ToBeRaci } from './to-be-raci';
import { readTracking, showsEffect } from './track-actions';
import { makeProjector, weighActions, type ActionWeight } from './weigh-actions';

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
    | 'questions'
    | 'levels'
    | 'sectorWeights'
    | 'risk'
    | 'flags'
    | 'actions'
    | 'teams'
    | 'controlFunction'
    | 'sponsor'
    | 'contactCentre'
    | 'capacity'
  >;
  assessment: Pick<Assessment, 'organisation' | 'outOfScope' | 'roadmap' | 'teams'>;
  /** Today's maturity answers, as the dimension scores used them. */
  answers: ReadonlyMap<string, AnswerDriver>;
  dimensions: Readonly<Record<string, DimensionResult>>;
  activities: Readonly<Record<string, ActivityResult>>;
  lifecycle: Pick<LifecycleFigures, 'controlFunctionCoverage'>;
}

/** An action on the roadmap, with its texts, its status, its owner and why and where it is placed. */
export interface RoadmapAction extends Omit<Action, 'when' | 'owner'> {
  /**
   * The team that owns it here: the owner the assessment names for it when that is one of its
   * teams, otherwise one of the assessment's teams, the sponsor or the chartered function.
   */
  owner: string;
  /** The library's usual owner. */
  usualOwner: string;
  status: ActionStatus;
  /** For a done action only: whether today's answers show it (its questions at their levels, its flags cleared). */
  effective?: boolean;
  /** The date the assessment sets it due (YYYY-MM-DD), when set. */
  due?: string;
  /** The assessment's comment on its progress, when set. */
  comment?: string;
  selectedBy: SelectionReason;
  requiredBy: string[];
  /** Prerequisites not on the roadmap: in place already, or not applicable. */
  prerequisitesInPlace: string[];
  /** The lifted questions below their level that make it needed. */
  gaps: LiftEvidence[];
  /** The flags it resolves that are raised today. */
  flags: FlagId[];
  /** Risk it removes on its own (with its prerequisites); 0 once done. */
  riskRemoved: number;
  /** Risk its dependants remove that they could not without it. */
  unlocks: number;
  /** (riskRemoved + unlocks) ÷ effort: its rank. */
  priority: number;
  /** `capacity`: its own phase was full; `pulled`: brought forward into an empty phase. */
  moved: 'capacity' | 'pulled' | null;
}

/** Maturity and heatmap expected once a phase's actions (and all before) are done. */
export interface Projection {
  dimensions: Record<string, number | null>;
  overall: { score: number | null; level: Level | null };
  /** The questions whose projected answer differs from today's, with that answer. */
  answers: Record<string, number>;
  heatmap: Heatmap;
  totalRisk: number;
}

/** One phase of the roadmap. */
export interface RoadmapPhase {
  id: PhaseId;
  months: readonly [number, number];
  /** Effort points the phase can take, and those its actions take. */
  capacity: number;
  effort: number;
  actions: RoadmapAction[];
  projected: Projection;
}

/** The roadmap toward a single control function. */
export interface Roadmap {
  phases: RoadmapPhase[];
  /** Actions that fit no phase's capacity. */
  later: RoadmapAction[];
  /** Ids of the actions today's answers show in place, in library order. */
  inPlace: string[];
  /** The answers that show each in-place action. */
  inPlaceEvidence: Record<string, LiftEvidence[]>;
  toBe: ToBeRaci;
  /** The programme's executive sponsor (a team id). */
  sponsor: string;
  /** Whether the control function exists today, or else the phase that charters it (null: none). */
  controlFunction: { existsToday: boolean; charteredIn: PhaseId | null };
  /** The summed heatmap score today, for comparison with each phase's projection. */
  currentRisk: number;
  /** How many roadmap actions the assessment marks at each status. */
  progress: Record<ActionStatus, number>;
}

/** Ranks selected actions: in progress first, then by priority, then library order. */
function rankActions(
  selected: readonly SelectedAction[],
  weights: ReadonlyMap<string, ActionWeight>,
): SelectedAction[] {
  const priority = (s: SelectedAction): number => weights.get(s.action.id)?.priority ?? 0;
  const started = (s: SelectedAction): number => (s.status === 'in-progress' ? 0 : 1);
  return selected
    .map((s, index) => ({ s, index }))
    .sort(
      (a, b) => started(a.s) - started(b.s) || priority(b.s) - priority(a.s) || a.index - b.index,
    )
    .map(({ s }) => s);
}

/**
 * Builds the roadmap: reads every action against today's answers, keeps what is needed (and the
 * foundations it waits on), weighs and ranks it, places it in phases by capacity, names owners
 * that exist, projects maturity and heatmap after each phase by re-scoring raised answers, and
 * draws the to-be RACI.
 */
export function buildRoadmap(input: RoadmapInput): Roadmap {
  const { model, assessment } = input;
  const library = readActionLibrary(model);
  const ctx: ConditionContext = {
    organisation: assessment.organisation,
    dimensions: input.dimensions,
    stageFlags: collectStageFlags(model, input.activities),
    coverage: input.lifecycle.controlFunctionCoverage,
  };
  const needs = classifyActions(library, {
    model,
    assessment,
    answers: input.answers,
    dimensions: input.dimensions,
    flags: new Set(Object.values(ctx.stageFlags).flat()),
    applies: (a) => evaluateCondition(a.when, ctx),
  });
  const teamIds = new Set(assessment.teams.map((t) => t.id));
  const charter = needs.find((n) => n.action.chartersControlFunction);
  const existsToday =
    charter?.status === 'done' ||
    (teamIds.has(model.controlFunction) &&
      (!charter || charter.verdict === 'in-place' || charter.verdict === 'not-applicable'));

  const outOfScopeDimensions = new Set(assessment.outOfScope?.dimensions ?? []);
  const targets = Object.fromEntries(
    Object.entries(input.dimensions).map(([id, d]) => [id, d.target]),
  );
  const projector = makeProjector({
    model,
    assessment,
    answers: input.answers,
    activities: input.activities,
    outOfScopeDimensions,
    sector: assessment.organisation.sector,
    targets,
    controlFunctionExists: existsToday,
  });
  const selected = selectActions(needs);
  const weights = weighActions(
    selected.map((s) => ({ action: s.action, done: s.status === 'done' })),
    projector,
  );
  const ranked = rankActions(selected, weights).map((s) => ({
    ...s,
    id: s.action.id,
    phase: s.action.phase,
    prerequisites: s.action.prerequisites,
    effort: s.action.effort,
    done: s.status === 'done',
  }));
  const plan = planActions(ranked, model.capacity);

  const charterPhase = existsToday
    ? -1
    : PHASES.findIndex((p) =>
        plan.phases[p].actions.some((a) => a.item.action.chartersControlFunction),
      );
  const sponsor = assessment.organisation.sponsor ?? model.sponsor;
  const owners: OwnerSetting = {
    teams: teamIds,
    sponsor,
    controlFunction: model.controlFunction,
    order: buildTeamOrder(model, assessment),
    activities: input.activities,
  };
  const describe = (
    placed: Placement<(typeof ranked)[number]>,
    phaseIndex: number,
  ): RoadmapAction => {
    const { item, moved } = placed;
    const { when: _when, owner: usualOwner, ...action } = item.action;
    const weight = weights.get(item.id);
    // Only a team of this assessment owns actions: a function the assessment does not list stays
    // with the sponsor, who sees it set up, even once it is chartered.
    const exists =
      teamIds.has(model.controlFunction) &&
      (existsToday || (charterPhase >= 0 && charterPhase < phaseIndex));
    const tracked = readTracking(assessment.roadmap[item.id]);
    return {
      ...action,
      owner:
        tracked.owner !== undefined && teamIds.has(tracked.owner)
          ? tracked.owner
          : assignOwner(item.action, exists, owners),
      usualOwner,
      status: tracked.status,
      // A done action is never dropped for what the answers say: they show whether it took.
      ...(tracked.status === 'done' && { effective: showsEffect(item) }),
      ...(tracked.due !== undefined && { due: tracked.due }),
      ...(tracked.comment !== undefined && { comment: tracked.comment }),
      selectedBy: item.selectedBy,
      requiredBy: item.requiredBy,
      prerequisitesInPlace: item.prerequisitesInPlace,
      gaps: item.gaps,
      flags: item.flags,
      riskRemoved: weight?.own ?? 0,
      unlocks: weight?.unlocks ?? 0,
      priority: weight?.priority ?? 0,
      moved,
    };
  };

  const draw = makeHeatmapDrawer({ model, assessment });
  let answers = input.answers;
  const resolved = new Set<FlagId>();
  const doneSoFar: Action[] = [];
  // Each phase's answers follow from the actions done by then and the charter, phase by phase:
  // named by that history, a what-if edit that keeps the plan finds them scored already.
  let history = 'phases';
  const phases = PHASES.map((id, index): RoadmapPhase => {
    const placed = plan.phases[id].actions;
    for (const { item } of placed) {
      if (item.done) continue;
      doneSoFar.push(item.action);
      for (const f of item.action.resolves) resolved.add(f);
    }
    const chartered = existsToday || (charterPhase >= 0 && charterPhase <= index);
    const from = answers;
    history += `|${chartered ? 'chartered' : ''}:${doneSoFar
      .map((a) => a.id)
      .sort()
      .join(',')}`;
    const state = projector.stateOnce(
      history,
      () =>
        raiseAnswers(from, projector.lifts(doneSoFar), {
          chartered,
          controlFunctionLevels: projector.controlFunctionLevels,
          maxStep: MAX_STEP_PER_PHASE,
        }),
      resolved,
    );
    answers = state.answers;
    const overall = scoreOverall(state.dimensions, model.levels);
    const raised: Record<string, number> = {};
    for (const [q, d] of answers)
      if (d !== input.answers.get(q) && typeof d.answer === 'number') raised[q] = d.answer;
    return {
      id,
      months: PHASE_MONTHS[id],
      capacity: model.capacity[id],
      effort: plan.phases[id].effort,
      actions: placed.map((p) => describe(p, index)),
      projected: {
        dimensions: Object.fromEntries(
          model.dimensions.map((d) => [d.id, state.dimensions[d.id]?.score ?? null]),
        ),
        overall: { score: overall.score, level: overall.level },
        answers: raised,
        heatmap: draw(state),
        totalRisk: projector.risk(state),
      },
    };
  });
  const later = plan.later.map((item) => describe({ item, moved: 'capacity' }, PHASES.length));
  const inPlaceNeeds = needs.filter((n) => n.verdict === 'in-place');
  const progress: Record<ActionStatus, number> = { 'not-started': 0, 'in-progress': 0, done: 0 };
  for (const item of selected) progress[item.status ?? 'not-started'] += 1;
  return {
    phases,
    later,
    inPlace: inPlaceNeeds.map((n) => n.action.id),
    inPlaceEvidence: Object.fromEntries(inPlaceNeeds.map((n) => [n.action.id, n.evidence])),
    toBe: buildToBeRaci(model, assessment, input.activities),
    sponsor,
    controlFunction: {
      existsToday,
      charteredIn: charterPhase >= 0 ? (PHASES[charterPhase] ?? null) : null,
    },
    // Today's state is the analysis itself: no need to score the answers again.
    currentRisk: projector.risk(input),
    progress,
  };
}

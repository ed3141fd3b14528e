import type { AnswerDriver, DimensionResult } from '../analysis';
import { makeRiskTotal, type HeatmapSetting, type RiskState } from '../risk/heatmap';
import type { ActivityState } from '../risk/likelihood';
import type { Action } from '../schemas/action';
import type { Level } from '../schemas/common';
import type { FlagId } from '../schemas/flag';
import type { Model, Sector } from '../schemas/model';
import { memoiseOn } from '../memo';
import { scoreDimensions } from '../scoring/score-dimensions';
import { collectLifts, raiseAnswers, readControlFunctionLevels } from './project-answers';

/** What a projected state is worked out from: today's answers and everything that scores them. */
export interface ProjectionInput extends HeatmapSetting {
  model: HeatmapSetting['model'] & Pick<Model, 'questions' | 'levels' | 'sectorWeights'>;
  answers: ReadonlyMap<string, AnswerDriver>;
  activities: Readonly<Record<string, ActivityState>>;
  outOfScopeDimensions: ReadonlySet<string>;
  sector: Sector;
  targets: Readonly<Record<string, Level>>;
  /** The control function exists today, so its levels can be projected from the start. */
  controlFunctionExists: boolean;
}

/** A projected state: the raised answers, scored by the same code as today's, and the flags left. */
export interface ProjectedState extends RiskState {
  answers: ReadonlyMap<string, AnswerDriver>;
  dimensions: Record<string, DimensionResult>;
}

/** Works out projected states from today's answers: scoring and risk total, set up once. */
export interface Projector {
  /** The state once `answers` hold and the `resolved` flags have left every activity. */
  state(answers: ReadonlyMap<string, AnswerDriver>, resolved: ReadonlySet<FlagId>): ProjectedState;
  /**
   * `state` for answers that `key` names: they are raised by `raise` only the first time the
   * key is met while today's answers and their scoring stay the same (see `scoredSets`).
   */
  stateOnce(
    key: string,
    raise: () => ReadonlyMap<string, AnswerDriver>,
    resolved: ReadonlySet<FlagId>,
  ): ProjectedState;
  /** The heatmap's summed score of a state. */
  risk(state: RiskState): number;
  /** The level each in-scope question reaches once the given actions are done. */
  lifts(actions: readonly Pick<Action, 'lifts'>[]): Map<string, number>;
  /** Today's answers raised by the given actions, all done in full (no step limit). */
  done(actions: readonly Action[]): ProjectedState;
  controlFunctionLevels: ReadonlyMap<string, number>;
}

type Scored = Pick<ProjectedState, 'answers' | 'dimensions'>;

/**
 * The scored answers once a set of actions is done (keyed by their ids), kept for as long as
 * today's answers and everything that scores them are the same: a what-if RACI edit weighs the
 * same sets of actions again, and only their flags, not their maturity, can differ.
 */
const scoredSets = memoiseOn(
  (
    _answers: ReadonlyMap<string, AnswerDriver>,
    _model: ProjectionInput['model'],
    _sector: Sector,
    _outOfScope: string,
    _targets: string,
    _controlFunctionExists: boolean,
  ) => new Map<string, Scored>(),
);

/** Sets up projections for one model, assessment and today's analysis. */
export function makeProjector(input: ProjectionInput): Projector {
  const total = makeRiskTotal(input);
  const controlFunctionLevels = readControlFunctionLevels(input.model);
  const outOfScope = new Set(
    input.model.questions
      .filter((q) => input.outOfScopeDimensions.has(q.dimension))
      .map((q) => q.id),
  );
  // Questions of out-of-scope dimensions are never projected: nothing is planned for them.
  const lifts = (actions: readonly Pick<Action, 'lifts'>[]): Map<string, number> => {
    const collected = collectLifts(actions);
    for (const q of outOfScope) collected.delete(q);
    return collected;
  };
  const filtered = new Map<string, Readonly<Record<string, ActivityState>>>();
  const activitiesWithout = (
    resolved: ReadonlySet<FlagId>,
  ): Readonly<Record<string, ActivityState>> => {
    if (resolved.size === 0) return input.activities;
    const key = [...resolved].sort().join(',');
    let hit = filtered.get(key);
    if (!hit) {
      const next: Record<string, ActivityState> = {};
      for (const id of Object.keys(input.activities)) {
        const a = input.activities[id] as ActivityState;
        next[id] = { status: a.status, flags: a.flags.filter((f) => !resolved.has(f)) };
      }
      filtered.set(key, next);
      hit = next;
    }
    return hit;
  };
  const score = (answers: ReadonlyMap<string, AnswerDriver>): Scored => ({
    answers,
    dimensions: scoreDimensions(
      input.model,
      answers,
      input.outOfScopeDimensions,
      input.sector,
      input.targets,
    ),
  });
  const state = (
    answers: ReadonlyMap<string, AnswerDriver>,
    resolved: ReadonlySet<FlagId>,
  ): ProjectedState => ({ ...score(answers), activities: activitiesWithout(resolved) });
  const scored = scoredSets(
    input.answers,
    input.model,
    input.sector,
    [...input.outOfScopeDimensions].sort().join(','),
    JSON.stringify(input.targets),
    input.controlFunctionExists,
  );
  const scoreOnce = (key: string, raise: () => ReadonlyMap<string, AnswerDriver>): Scored => {
    let hit = scored.get(key);
    if (!hit) {
      hit = score(raise());
      scored.set(key, hit);
    }
    return hit;
  };
  return {
    state,
    stateOnce: (key, raise, resolved) => ({
      ...scoreOnce(key, raise),
      activities: activitiesWithout(resolved),
    }),
    risk: total,
    controlFunctionLevels,
    lifts,
    done(actions) {
      const key = actions
        .map((a) => a.id)
        .sort()
        .join(',');
      const chartered =
        input.controlFunctionExists || actions.some((a) => a.chartersControlFunction);
      return {
        ...scoreOnce(`done:${key}`, () =>
          raiseAnswers(input.answers, lifts(actions), {
            chartered,
            controlFunctionLevels,
            maxStep: Infinity,
          }),
        ),
        activities: activitiesWithout(new Set(actions.flatMap((a) => a.resolves))),
      };
    },
  };
}

/** The risk an action removes on its own, what it unlocks as a prerequisite, and its rank. */
export interface ActionWeight {
  /** Today's total minus the total once it and the prerequisites it waits on are done. */
  own: number;
  /** What the actions waiting on it remove beyond their own prerequisites: nothing without it. */
  unlocks: number;
  /** (own + unlocks) ÷ effort. */
  priority: number;
}

/** What weighing needs of a roadmap action. */
export interface Weighable {
  action: Action;
  /** Done already: its effect is in today's answers, so it removes nothing more. */
  done: boolean;
}

/**
 * Weighs each action against today: its own risk removed (with its prerequisites on the roadmap,
 * since it cannot happen without them), and for a prerequisite the risk its dependants remove once
 * their prerequisites are done, which they could not remove without it. Ranking by (own +
 * unlocked) ÷ effort puts foundations first.
 */
export function weighActions(
  items: readonly Weighable[],
  projector: Projector,
): Map<string, ActionWeight> {
  const byId = new Map(items.map((i) => [i.action.id, i]));
  const prerequisitesOf = new Map<string, Action[]>();
  const closure = (id: string): Action[] => {
    const hit = prerequisitesOf.get(id);
    if (hit) return hit;
    const found = new Map<string, Action>();
    const visit = (at: string): void => {
      for (const p of byId.get(at)?.action.prerequisites ?? []) {
        const pre = byId.get(p);
        if (!pre || pre.done || found.has(p)) continue;
        found.set(p, pre.action);
        visit(p);
      }
    };
    visit(id);
    const list = [...found.values()];
    prerequisitesOf.set(id, list);
    return list;
  };
  const totals = new Map<string, number>();
  const riskWith = (actions: readonly Action[]): number => {
    const key = actions
      .map((a) => a.id)
      .sort()
      .join(',');
    let hit = totals.get(key);
    if (hit === undefined) {
      hit = projector.risk(projector.done(actions));
      totals.set(key, hit);
    }
    return hit;
  };
  const today = riskWith([]);
  const own = new Map<string, number>();
  const unlocks = new Map<string, number>();
  for (const { action, done } of items) {
    if (done) {
      own.set(action.id, 0);
      continue;
    }
    const before = closure(action.id);
    const after = [...before, action];
    own.set(action.id, today - riskWith(after));
    const marginal = riskWith(before) - riskWith(after);
    for (const p of before) unlocks.set(p.id, (unlocks.get(p.id) ?? 0) + marginal);
  }
  const weights = new Map<string, ActionWeight>();
  for (const { action } of items) {
    const o = own.get(action.id) ?? 0;
    const u = unlocks.get(action.id) ?? 0;
    weights.set(action.id, { own: o, unlocks: u, priority: (o + u) / action.effort });
  }
  return weights;
}

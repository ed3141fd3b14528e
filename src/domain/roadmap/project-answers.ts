import type { AnswerDriver } from '../analysis';
import type { Action } from '../schemas/action';
import type { Model } from '../schemas/model';

/** How far one phase can move a question: two levels at most. */
export const MAX_STEP_PER_PHASE = 2;

/** The level each question reaches once the given actions are done: the highest lift among them. */
export function collectLifts(actions: readonly Pick<Action, 'lifts'>[]): Map<string, number> {
  const lifts = new Map<string, number>();
  for (const action of actions) {
    for (const [question, level] of Object.entries(action.lifts)) {
      if (level > (lifts.get(question) ?? 0)) lifts.set(question, level);
    }
  }
  return lifts;
}

/** The first level of each question whose option describes the control function at work. */
export function readControlFunctionLevels(
  model: Pick<Model, 'questions'>,
): ReadonlyMap<string, number> {
  const levels = new Map<string, number>();
  for (const q of model.questions)
    if (q.controlFunctionLevel !== undefined) levels.set(q.id, q.controlFunctionLevel);
  return levels;
}

/** What bounds a projection: whether the control function exists by then, and how far a step goes. */
export interface RaiseLimits {
  /** The control function is chartered (or exists today), so its levels can be reached. */
  chartered: boolean;
  controlFunctionLevels: ReadonlyMap<string, number>;
  /** Levels a question may rise in this step; Infinity for "once everything is done". */
  maxStep: number;
}

/**
 * The answers once actions lifting `lifts` are done, starting from `from`: each numeric answer
 * rises toward its lift level, at most `maxStep` levels, never to a level that names the control
 * function before it is chartered, and never falls. "Don't know" and unanswered questions stay as
 * they are: where they start is unknown. Unchanged answers keep their objects.
 */
export function raiseAnswers(
  from: ReadonlyMap<string, AnswerDriver>,
  lifts: ReadonlyMap<string, number>,
  limits: RaiseLimits,
): Map<string, AnswerDriver> {
  const raised = new Map(from);
  for (const [question, lift] of lifts) {
    const driver = from.get(question);
    if (!driver || driver.answer === 'unknown') continue;
    let goal = lift;
    const gated = limits.controlFunctionLevels.get(question);
    if (!limits.chartered && gated !== undefined) goal = Math.min(goal, gated - 1);
    const next = Math.min(goal, driver.answer + limits.maxStep);
    if (next > driver.answer) raised.set(question, { ...driver, answer: next });
  }
  return raised;
}

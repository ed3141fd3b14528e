import { PHASES, type PhaseId } from '../schemas/action';

/** What planning needs of an action. */
export interface Plannable {
  id: string;
  phase: PhaseId;
  prerequisites: readonly string[];
  effort: number;
  /** Done already: listed, but it removes no further risk and is not applied again. */
  done: boolean;
}

/** An action in the plan with the risk it removes where it stands, and that per unit of effort. */
export interface Planned<T> {
  item: T;
  riskRemoved: number;
  priority: number;
}

/** How a state moves and what it weighs: applying one action, and the total risk of a state. */
export interface PlanSteps<T, S> {
  apply(state: S, item: T): S;
  risk(state: S): number;
}

interface Candidate<S> {
  index: number;
  riskRemoved: number;
  priority: number;
  next: S;
  nextRisk: number;
}

/** The waiting action free to start that removes the most risk per effort; the first on ties. */
function pickNext<T extends Plannable, S>(
  waiting: readonly T[],
  ready: (item: T) => boolean,
  state: S,
  risk: number,
  steps: PlanSteps<T, S>,
): Candidate<S> | null {
  let best: Candidate<S> | null = null;
  for (let index = 0; index < waiting.length; index++) {
    const item = waiting[index];
    if (!item || !ready(item)) continue;
    const next = item.done ? state : steps.apply(state, item);
    const nextRisk = item.done ? risk : steps.risk(next);
    const priority = (risk - nextRisk) / item.effort;
    if (!best || priority > best.priority)
      best = { index, riskRemoved: risk - nextRisk, priority, next, nextRisk };
  }
  return best;
}

/**
 * Plans the actions phase by phase. Within a phase, among the actions whose prerequisites are
 * placed (or not on the roadmap at all), the one removing the most risk per effort from the state
 * reached so far goes next (library order breaks ties). Measuring each action after the ones
 * before it keeps a capped likelihood from hiding what it removes, and makes a phase's figures
 * add up to the fall in its projection. The library check rules out cycles and later-phase
 * prerequisites, so every action is placed.
 */
export function planActions<T extends Plannable, S>(
  items: readonly T[],
  start: S,
  steps: PlanSteps<T, S>,
): Record<PhaseId, { actions: Planned<T>[]; state: S }> {
  const onRoadmap = new Set(items.map((i) => i.id));
  const placed = new Set<string>();
  const ready = (item: T): boolean =>
    item.prerequisites.every((p) => placed.has(p) || !onRoadmap.has(p));
  const plan = {} as Record<PhaseId, { actions: Planned<T>[]; state: S }>;
  let state = start;
  let risk = steps.risk(state);
  for (const phase of PHASES) {
    const waiting = items.filter((i) => i.phase === phase);
    const actions: Planned<T>[] = [];
    for (
      let chosen = pickNext(waiting, ready, state, risk, steps);
      chosen;
      chosen = pickNext(waiting, ready, state, risk, steps)
    ) {
      const [item] = waiting.splice(chosen.index, 1);
      if (!item) break;
      placed.add(item.id);
      actions.push({ item, riskRemoved: chosen.riskRemoved, priority: chosen.priority });
      state = chosen.next;
      risk = chosen.nextRisk;
    }
    if (waiting.length > 0) {
      throw new Error(
        `Actions ${waiting.map((w) => w.id).join(', ')} wait on a prerequisite that cannot come first`,
      );
    }
    plan[phase] = { actions, state };
  }
  return plan;
}

import type { ActionStatus, ActionTracking } from '../schemas/assessment';
import type { FlagId } from '../schemas/flag';
import { reaches, type LiftEvidence } from './select-actions';

/** How an action is tracked, spelled out: its status and the optional owner, due date and comment. */
export interface TrackingDetails {
  status: ActionStatus;
  owner?: string | undefined;
  due?: string | undefined;
  comment?: string | undefined;
}

/** Spells out how the assessment tracks an action, whichever form it uses (none: not started). */
export function readTracking(tracking: ActionTracking | undefined): TrackingDetails {
  if (tracking === undefined) return { status: 'not-started' };
  return typeof tracking === 'string' ? { status: tracking } : tracking;
}

/**
 * The form the assessment stores: the status alone when nothing else is set, otherwise the
 * object without its empty fields.
 */
export function writeTracking(details: TrackingDetails): ActionTracking {
  const owner = details.owner || undefined;
  const due = details.due || undefined;
  const comment = details.comment?.trim() || undefined;
  if (!owner && !due && !comment) return details.status;
  return {
    status: details.status,
    ...(owner && { owner }),
    ...(due && { due }),
    ...(comment && { comment }),
  };
}

/**
 * Whether today's answers show an action's effect: every in-scope question it lifts reaches its
 * level and none of the flags it resolves is raised.
 */
export function showsEffect(need: {
  evidence: readonly LiftEvidence[];
  flags: readonly FlagId[];
}): boolean {
  return need.flags.length === 0 && need.evidence.every((e) => reaches(e.answer, e.level));
}

/** What the overview says of the tracked roadmap. */
export interface TrackingRollUp {
  done: number;
  /** Done, but today's answers do not show its effect. */
  notEffective: number;
  inProgress: number;
  /** Not done, with a due date before today. */
  overdue: number;
}

/** What rolling up reads of each roadmap action. */
export interface TrackedAction {
  status: ActionStatus;
  effective?: boolean;
  due?: string;
}

/** Whether an action is overdue on `today` (YYYY-MM-DD): not done, and due before today. */
export function isOverdue(action: TrackedAction, today: string): boolean {
  // ISO dates compare as text.
  return action.status !== 'done' && action.due !== undefined && action.due < today;
}

/** Counts the roadmap's actions done (and of those, not effective), in progress and overdue on `today` (YYYY-MM-DD). */
export function rollUpTracking(actions: readonly TrackedAction[], today: string): TrackingRollUp {
  const rollUp: TrackingRollUp = { done: 0, notEffective: 0, inProgress: 0, overdue: 0 };
  for (const action of actions) {
    if (action.status === 'done') rollUp.done += 1;
    if (action.status === 'done' && action.effective === false) rollUp.notEffective += 1;
    if (action.status === 'in-progress') rollUp.inProgress += 1;
    if (isOverdue(action, today)) rollUp.overdue += 1;
  }
  return rollUp;
}

import type { Action } from '../schemas/action';
import type { ActionStatus } from '../schemas/assessment';

/** Why an action is on the roadmap: its conditions hold, or the assessment already tracks it. */
export type SelectionReason = 'conditions' | 'status';

/** An action chosen for the roadmap. */
export interface SelectedAction {
  action: Action;
  selectedBy: SelectionReason;
  /** Chosen actions that list this one as a prerequisite, in library order. */
  requiredBy: string[];
  /** Prerequisites not chosen: their conditions describe a gap this organisation does not have. */
  prerequisitesInPlace: string[];
}

/**
 * Chooses the roadmap's actions, in library order: those whose conditions hold, and those the
 * assessment marks in progress or done (so a re-take still shows them). A prerequisite that is
 * not chosen is taken to be in place already rather than pulled in: its own conditions are the
 * gap it closes, and they do not hold (a controlled organisation is not told to charter again).
 */
export function selectActions(
  library: readonly Action[],
  holds: (action: Action) => boolean,
  statuses: Readonly<Record<string, ActionStatus>>,
): SelectedAction[] {
  const reason = new Map<string, SelectionReason>();
  for (const a of library) {
    if (holds(a)) reason.set(a.id, 'conditions');
    else if (statuses[a.id] === 'in-progress' || statuses[a.id] === 'done')
      reason.set(a.id, 'status');
  }
  const chosen = library.filter((a) => reason.has(a.id));
  // Who requires each action, in library order, each dependant once.
  const requiredBy = new Map<string, string[]>();
  for (const d of chosen) {
    d.prerequisites.forEach((p, i) => {
      if (d.prerequisites.indexOf(p) !== i) return; // listed twice: required once
      const list = requiredBy.get(p);
      if (list) list.push(d.id);
      else requiredBy.set(p, [d.id]);
    });
  }
  return chosen.map((action) => ({
    action,
    selectedBy: reason.get(action.id) ?? 'conditions',
    requiredBy: [...(requiredBy.get(action.id) ?? [])],
    prerequisitesInPlace: action.prerequisites.filter((p) => !reason.has(p)),
  }));
}

import { PHASES, type PhaseId } from '../schemas/action';
import type { Capacity } from '../schemas/model';

/** What planning needs of an action. */
export interface Plannable {
  id: string;
  /** The earliest phase it belongs to. */
  phase: PhaseId;
  prerequisites: readonly string[];
  effort: number;
  /** Done already: listed in its own phase, it takes no capacity. */
  done: boolean;
}

/** Where an action landed, and why when it is not its own phase. */
export interface Placement<T> {
  item: T;
  /** `capacity`: its phase was full; `pulled`: brought forward into a phase that was empty. */
  moved: 'capacity' | 'pulled' | null;
}

/** The plan: each phase's actions in order, the effort they take, and what is left for later. */
export interface Plan<T> {
  phases: Record<PhaseId, { actions: Placement<T>[]; effort: number }>;
  later: T[];
}

/**
 * Places ranked actions into phases by capacity. Phase by phase, the highest-ranked action that
 * belongs to this phase or an earlier one, whose prerequisites on the roadmap are placed, and that
 * fits what is left of the capacity goes next; what does not fit waits for the next phase, and
 * what fits nowhere goes to later. A phase that would stay empty takes actions from later phases
 * that could start in it, so no phase is empty while a later one holds something that could
 * start. Done actions stay in their own phase and take no capacity; what waits on them can start
 * at once.
 */
export function planActions<T extends Plannable>(
  ranked: readonly T[],
  capacity: Capacity,
): Plan<T> {
  // Prerequisites still to do; one off the roadmap or done already waits for nothing.
  const toDo = new Set(ranked.filter((i) => !i.done).map((i) => i.id));
  const placedIn = new Map<string, number>();
  const phases = {} as Plan<T>['phases'];
  PHASES.forEach((phase, index) => {
    const actions: Placement<T>[] = [];
    let left = capacity[phase];
    const ready = (item: T): boolean =>
      item.done ||
      item.prerequisites.every((p) => !toDo.has(p) || (placedIn.get(p) ?? Infinity) <= index);
    const place = (item: T, moved: Placement<T>['moved']): void => {
      placedIn.set(item.id, index);
      actions.push({ item, moved });
      if (!item.done) left -= item.effort;
    };
    const fill = (accepts: (item: T) => boolean): void => {
      for (let again = true; again;) {
        again = false;
        for (const item of ranked) {
          if (placedIn.has(item.id) || !accepts(item) || !ready(item)) continue;
          if (!item.done && item.effort > left) continue;
          const own = PHASES.indexOf(item.phase);
          place(item, own === index || item.done ? null : own < index ? 'capacity' : 'pulled');
          again = true;
          break;
        }
      }
    };
    fill((item) =>
      item.done ? PHASES.indexOf(item.phase) === index : PHASES.indexOf(item.phase) <= index,
    );
    if (actions.every((a) => a.item.done)) fill((item) => !item.done);
    phases[phase] = {
      actions,
      effort: actions.reduce((sum, a) => sum + (a.item.done ? 0 : a.item.effort), 0),
    };
  });
  return { phases, later: ranked.filter((i) => !placedIn.has(i.id)) };
}

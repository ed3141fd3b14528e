import type { ActivityResult } from '../analysis';
import { buildTeamOrder } from '../raci/team-order';
import type { Assessment } from '../schemas/assessment';
import type { Model } from '../schemas/model';

/** The target RACI: activity id → team id → letters in R, A, C, I order. */
export type ToBeRaci = Record<string, Record<string, string>>;

/** What the to-be RACI needs of an activity result: its status and today's letters by team. */
export type ActivityRaci = Pick<
  ActivityResult,
  'status' | 'accountable' | 'responsible' | 'consulted' | 'informed'
>;

const ORDER = ['R', 'A', 'C', 'I'] as const;
type Letter = (typeof ORDER)[number];

function lettersByTeam(a: ActivityRaci | undefined): Map<string, Set<Letter>> {
  const teams = new Map<string, Set<Letter>>();
  const add = (ids: readonly string[], letter: Letter): void => {
    for (const id of ids) teams.set(id, (teams.get(id) ?? new Set<Letter>()).add(letter));
  };
  if (a) {
    add(a.responsible, 'R');
    add(a.accountable, 'A');
    add(a.consulted, 'C');
    add(a.informed, 'I');
  }
  return teams;
}

/** One team's letters in the target: the control function becomes A; today's A becomes R if it did the work, else C. */
function retarget(letters: ReadonlySet<Letter>, isControlFunction: boolean): Set<Letter> {
  const next = new Set(letters);
  if (isControlFunction) {
    next.add('A');
    next.delete('C');
    next.delete('I');
    return next;
  }
  if (next.delete('A') && !next.has('R')) next.add('C');
  if (next.has('C')) next.delete('I');
  return next;
}

/**
 * Builds the to-be RACI for every in-scope activity: the control function accountable, today's
 * accountable teams responsible (when they do the work) or consulted, every other letter kept.
 * The control function appears even when the assessment has no such team: it is the target.
 */
export function buildToBeRaci(
  model: Pick<Model, 'activities' | 'teams' | 'controlFunction'>,
  assessment: Pick<Assessment, 'teams' | 'outOfScope'>,
  activities: Readonly<Record<string, ActivityRaci>>,
): ToBeRaci {
  const order = buildTeamOrder(model, assessment);
  const outOfScope = new Set(assessment.outOfScope?.stages ?? []);
  const toBe: ToBeRaci = {};
  for (const activity of model.activities) {
    const result = activities[activity.id];
    if (outOfScope.has(activity.stage) || result?.status === 'out-of-scope') continue;
    const teams = lettersByTeam(result);
    if (!teams.has(model.controlFunction)) teams.set(model.controlFunction, new Set());
    const row: Record<string, string> = {};
    for (const team of order.sort(teams.keys())) {
      const letters = retarget(teams.get(team) ?? new Set(), team === model.controlFunction);
      if (letters.size > 0) row[team] = ORDER.filter((l) => letters.has(l)).join('');
    }
    toBe[activity.id] = row;
  }
  return toBe;
}

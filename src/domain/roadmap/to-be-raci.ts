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

// A team's letters on an activity as bits, so retargeting is a few bit operations.
const R = 1;
const A = 2;
const C = 4;
const I = 8;
const LETTERS = [
  [R, 'R'],
  [A, 'A'],
  [C, 'C'],
  [I, 'I'],
] as const;
/** The letters of each set of bits, in R, A, C, I order. */
const SPELLED = Array.from({ length: 16 }, (_, bits) =>
  LETTERS.filter(([bit]) => bits & bit)
    .map(([, letter]) => letter)
    .join(''),
);

function lettersByTeam(a: ActivityRaci | undefined): Map<string, number> {
  const teams = new Map<string, number>();
  const add = (ids: readonly string[], bit: number): void => {
    for (const id of ids) teams.set(id, (teams.get(id) ?? 0) | bit);
  };
  if (a) {
    add(a.responsible, R);
    add(a.accountable, A);
    add(a.consulted, C);
    add(a.informed, I);
  }
  return teams;
}

/** One team's letters in the target: the control function becomes A; today's A becomes R if it did the work, else C. */
function retarget(letters: number, isControlFunction: boolean): number {
  if (isControlFunction) return (letters | A) & ~(C | I);
  let next = letters;
  if (next & A) {
    next &= ~A;
    if (!(next & R)) next |= C;
  }
  if (next & C) next &= ~I;
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
    if (!teams.has(model.controlFunction)) teams.set(model.controlFunction, 0);
    const row: Record<string, string> = {};
    for (const team of order.sort(teams.keys())) {
      const letters = retarget(teams.get(team) ?? 0, team === model.controlFunction);
      if (letters !== 0) row[team] = SPELLED[letters] ?? '';
    }
    toBe[activity.id] = row;
  }
  return toBe;
}

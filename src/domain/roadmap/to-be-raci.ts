import type { ActivityResult } from '../analysis';
import { OVERLOAD_FACTOR } from '../lifecycle/measure-team-load';
import type { TeamOrder } from '../raci/team-order';
import { buildTeamOrder } from '../raci/team-order';
import { findMostAccountable } from './assign-owners';
import type { Assessment } from '../schemas/assessment';
import type { Model } from '../schemas/model';

/** The target RACI: activity id → team id → letters in R, A, C, I order. */
export type ToBeRaci = Record<string, Record<string, string>>;

/** What the to-be RACI needs of an activity result: its status and today's letters by team. */
export type ActivityRaci = Pick<
  ActivityResult,
  'status' | 'accountable' | 'responsible' | 'consulted' | 'informed'
>;

/** At most this many responsible teams, so the target raises no "diffuse" flag (four or more). */
export const MAX_RESPONSIBLE = 3;
/** At most this many consulted teams, so the target raises no "consultation drag" (five or more). */
export const MAX_CONSULTED = 4;

// A team's letters on an activity as bits.
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
const SPELLED = Array.from({ length: 16 }, (_, bits) =>
  LETTERS.filter(([bit]) => bits & bit)
    .map(([, letter]) => letter)
    .join(''),
);

type Row = Map<string, number>;

function lettersByTeam(a: ActivityRaci | undefined): Row {
  const teams: Row = new Map();
  const add = (ids: readonly string[], bit: number): void => {
    for (const id of ids) teams.set(id, (teams.get(id) ?? 0) | bit);
  };
  if (a?.status === 'answered') {
    add(a.responsible, R);
    add(a.accountable, A);
    add(a.consulted, C);
    add(a.informed, I);
  }
  return teams;
}

/** Teams holding a letter, ranked: the natural doer first, then today's accountable teams, then team order. */
function rankHolders(row: Row, bit: number, first: readonly string[], order: TeamOrder): string[] {
  const holders = order.sort([...row].filter(([, b]) => b & bit).map(([t]) => t));
  const lead = first.filter((t) => holders.includes(t));
  return [...new Set([...lead, ...holders])];
}

/** Sets a team's letters, dropping it from the row when it has none left. */
function setLetters(row: Row, team: string, bits: number): void {
  if (bits === 0) row.delete(team);
  else row.set(team, bits);
}

/**
 * Makes `team` consulted instead of responsible, or informed when the activity has enough
 * consulted; an accountable team (the control function) stays accountable only.
 */
function demoteDoer(row: Row, team: string): void {
  const consulted = [...row.values()].filter((b) => b & C).length;
  const bits = (row.get(team) ?? 0) & ~R;
  if (bits & A) setLetters(row, team, A);
  else setLetters(row, team, consulted < MAX_CONSULTED ? (bits | C) & ~I : bits | I);
}

interface Setting {
  controlFunction: string;
  sponsor: string;
  teams: readonly string[];
  order: TeamOrder;
}

/**
 * One activity's target letters: the control function the one accountable team; today's
 * responsible teams stay responsible (at most three: the natural doer, then former owners, then
 * team order); without one, the natural doer, else a former owner, else `fallback` does the work;
 * former owners that did not do the work are consulted; at most four consulted teams.
 */
function retargetRow(
  today: Row,
  doer: string | null,
  fallback: string,
  s: Setting & { workers: readonly string[] },
): Row {
  const cf = s.controlFunction;
  const formerOwners = s.order.sort(
    [...today].filter(([t, b]) => b & A && t !== cf).map(([t]) => t),
  );
  const row: Row = new Map();
  // The control function keeps only its work: it is accountable, never consulted or informed.
  for (const [team, bits] of today) setLetters(row, team, team === cf ? bits & R : bits & ~A);
  for (const team of formerOwners) {
    const bits = row.get(team) ?? 0;
    if (!(bits & R)) setLetters(row, team, (bits | C) & ~I);
  }
  if (![...row.values()].some((b) => b & R)) {
    const chosen = doer ?? formerOwners.find((t) => s.workers.includes(t)) ?? fallback;
    setLetters(row, chosen, ((row.get(chosen) ?? 0) | R) & ~(C | I));
  }
  const lead = doer ? [doer, ...formerOwners] : formerOwners;
  for (const team of rankHolders(row, R, lead, s.order).slice(MAX_RESPONSIBLE))
    demoteDoer(row, team);
  for (const team of rankHolders(row, C, formerOwners, s.order).slice(MAX_CONSULTED))
    setLetters(row, team, ((row.get(team) ?? 0) & ~C) | I);
  for (const [team, bits] of row) if (bits & (R | A | C) && bits & I) row.set(team, bits & ~I);
  row.set(cf, ((row.get(cf) ?? 0) | A) & ~(C | I));
  return row;
}

/** Each team's number of R over the rows, for the teams the load is measured over. */
function countWork(rows: ReadonlyMap<string, Row>, teams: readonly string[]): Map<string, number> {
  const work = new Map(teams.map((t) => [t, 0]));
  for (const row of rows.values())
    for (const [team, bits] of row)
      if (bits & R && work.has(team)) work.set(team, (work.get(team) ?? 0) + 1);
  return work;
}

/**
 * The activity an overloaded team should hand over, and who takes it: an activity whose natural
 * doer can take it (the least busy such doer), else one the team is not the natural doer of (else
 * any), to a team already on it, else the least busy team; a taker must still do less than the
 * team after the move, and neither the control function nor the sponsor takes work while another
 * team can.
 */
function chooseHandOver(
  doing: readonly (readonly [string, Row])[],
  busiest: string,
  work: ReadonlyMap<string, number>,
  s: Setting & { doers: ReadonlyMap<string, string | null> },
): [Row, string] | null {
  const most = work.get(busiest) ?? 0;
  const canTake = (t: string): boolean =>
    t !== busiest && work.has(t) && (work.get(t) ?? 0) + 1 < most;
  const byLoad = (a: string, b: string): number =>
    (work.get(a) ?? 0) - (work.get(b) ?? 0) || s.order.compare(a, b);
  let natural: [Row, string] | null = null;
  for (const [id, row] of doing) {
    const doer = s.doers.get(id);
    if (doer && canTake(doer) && (!natural || byLoad(doer, natural[1]) < 0)) natural = [row, doer];
  }
  if (natural) return natural;
  const notTheirs = doing.filter(([id]) => s.doers.get(id) !== busiest);
  const [, row] = (notTheirs.length > 0 ? notTheirs : doing).at(-1) ?? [];
  if (!row) return null;
  const isReceiver = (t: string): boolean => t !== s.controlFunction && t !== s.sponsor;
  const takers = s.teams.filter(canTake).sort(byLoad);
  const onIt = takers.filter((t) => row.has(t));
  const taker = onIt.find(isReceiver) ?? takers.find(isReceiver) ?? onIt[0] ?? takers[0];
  return taker ? [row, taker] : null;
}

/**
 * Spreads the work until no team does more than twice the mean: an overloaded team leaves an
 * activity someone else also does (one it is not the natural doer of first; it becomes
 * consulted), or hands an activity it does alone to another team (see `chooseHandOver`).
 */
function balanceWork(
  rows: Map<string, Row>,
  s: Setting & { doers: ReadonlyMap<string, string | null> },
): void {
  for (let guard = 0; guard < 10 * rows.size + 10; guard++) {
    const work = countWork(rows, s.teams);
    const total = [...work.values()].reduce((a, b) => a + b, 0);
    const mean = s.teams.length === 0 ? 0 : total / s.teams.length;
    let busiest: string | null = null;
    for (const team of s.teams)
      if (busiest === null || (work.get(team) ?? 0) > (work.get(busiest) ?? 0)) busiest = team;
    if (busiest === null || (work.get(busiest) ?? 0) <= OVERLOAD_FACTOR * mean) return;
    const doing = [...rows].filter(([, row]) => ((row.get(busiest) ?? 0) & R) !== 0);
    const shared = doing.filter(([, row]) => [...row.values()].filter((b) => b & R).length > 1);
    const [, sharedRow] = shared.find(([id]) => s.doers.get(id) !== busiest) ?? shared[0] ?? [];
    if (sharedRow) {
      demoteDoer(sharedRow, busiest);
      continue;
    }
    const handOver = chooseHandOver(doing, busiest, work, s);
    if (!handOver) return;
    const [row, taker] = handOver;
    demoteDoer(row, busiest);
    setLetters(row, taker, ((row.get(taker) ?? 0) | R) & ~(C | I));
  }
}

/**
 * Builds the to-be RACI for every in-scope activity so that, analysed as the assessment's RACI
 * (with the control function among its teams), it raises no orphaned, contested, no-doer, diffuse
 * or consultation-drag flag and no team is overloaded: the control function is the one accountable
 * team everywhere (remote owner does not apply to it: governing work others do is its role);
 * today's responsible teams keep the work, an activity without one gets the model's natural doer
 * (when the assessment has that team), else a former owner, else the team accountable for most of
 * the stage today, else the first team; former owners become responsible or consulted. The
 * contact centre, when the assessment has it, is at least informed on the front-line activities,
 * so it raises no contact-centre-unaware flag either.
 */
export function buildToBeRaci(
  model: Pick<Model, 'activities' | 'teams' | 'controlFunction' | 'sponsor' | 'contactCentre'>,
  assessment: Pick<Assessment, 'teams' | 'outOfScope' | 'organisation'>,
  activities: Readonly<Record<string, ActivityRaci>>,
): ToBeRaci {
  const order = buildTeamOrder(model, assessment);
  const cf = model.controlFunction;
  const own = assessment.teams.map((t) => t.id);
  const teams = own.includes(cf) ? own : [...own, cf];
  const s: Setting = {
    controlFunction: cf,
    sponsor: assessment.organisation.sponsor ?? model.sponsor,
    teams,
    order,
  };
  const workers = own.filter((t) => t !== cf && t !== s.sponsor);
  const outOfScope = new Set(assessment.outOfScope?.stages ?? []);
  const inScope = model.activities.filter(
    (a) => !outOfScope.has(a.stage) && activities[a.id]?.status !== 'out-of-scope',
  );
  const stageOwner = new Map<string, string>();
  for (const stage of new Set(inScope.map((a) => a.stage))) {
    const ids = inScope.filter((a) => a.stage === stage).map((a) => a.id);
    const best = findMostAccountable(ids, activities, order, (t) => t !== cf && own.includes(t));
    if (best) stageOwner.set(stage, best);
  }
  const rows = new Map<string, Row>();
  const doers = new Map<string, string | null>();
  for (const activity of inScope) {
    const doer = activity.doer && workers.includes(activity.doer) ? activity.doer : null;
    doers.set(activity.id, doer);
    const fallback = stageOwner.get(activity.stage) ?? workers[0] ?? own[0] ?? cf;
    rows.set(
      activity.id,
      retargetRow(lettersByTeam(activities[activity.id]), doer, fallback, { ...s, workers }),
    );
  }
  balanceWork(rows, { ...s, doers });
  if (own.includes(model.contactCentre)) {
    for (const activity of inScope) {
      const row = rows.get(activity.id);
      if (activity.frontLine === true && row && !row.has(model.contactCentre))
        row.set(model.contactCentre, I);
    }
  }
  const toBe: ToBeRaci = {};
  for (const [id, row] of rows) {
    const letters: Record<string, string> = {};
    for (const team of order.sort(row.keys())) {
      const bits = row.get(team) ?? 0;
      if (bits !== 0) letters[team] = SPELLED[bits] ?? '';
    }
    toBe[id] = letters;
  }
  return toBe;
}

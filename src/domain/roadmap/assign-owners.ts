import type { ActivityResult } from '../analysis';
import type { TeamOrder } from '../raci/team-order';
import type { Action } from '../schemas/action';

/** Who can own roadmap actions: the assessment's teams, the sponsor and the control function. */
export interface OwnerSetting {
  /** The assessment's team ids. */
  teams: ReadonlySet<string>;
  sponsor: string;
  controlFunction: string;
  order: TeamOrder;
  /** Today's activity results, to find who is accountable for what an action touches. */
  activities: Readonly<Record<string, Pick<ActivityResult, 'accountable' | 'flags' | 'status'>>>;
}

/**
 * The activities an action works on: those it names, and those carrying a flag it resolves.
 * Out-of-scope activities are left out.
 */
function touchedActivities(action: Action, setting: OwnerSetting): string[] {
  const touched = new Set<string>();
  for (const id of action.activities) touched.add(id);
  if (action.resolves.length > 0) {
    for (const [id, a] of Object.entries(setting.activities)) {
      if (a.flags.some((f) => action.resolves.includes(f))) touched.add(id);
    }
  }
  return [...touched].filter((id) => setting.activities[id]?.status !== 'out-of-scope');
}

/** The team accountable today for most of the given activities (ties in team order), if any. */
export function findMostAccountable(
  ids: Iterable<string>,
  activities: Readonly<Record<string, Pick<ActivityResult, 'accountable'>>>,
  order: TeamOrder,
  allowed: (team: string) => boolean,
): string | null {
  const counts = new Map<string, number>();
  for (const id of ids) {
    for (const team of activities[id]?.accountable ?? [])
      if (allowed(team)) counts.set(team, (counts.get(team) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [team, count] of counts) {
    const top = best === null ? 0 : (counts.get(best) ?? 0);
    if (count > top || (count === top && best !== null && order.compare(team, best) < 0))
      best = team;
  }
  return best;
}

/**
 * The owner of an action among the teams that exist: the sponsor charters the control function;
 * the control function owns its actions once it exists as one of the assessment's teams (today,
 * or chartered in an earlier phase),
 * the sponsor until then; any other usual owner owns when it is one of the assessment's teams,
 * else the team accountable today for most of what the action touches, else the sponsor.
 */
export function assignOwner(
  action: Action,
  controlFunctionExists: boolean,
  setting: OwnerSetting,
): string {
  if (action.chartersControlFunction) return setting.sponsor;
  if (action.owner === setting.controlFunction)
    return controlFunctionExists ? setting.controlFunction : setting.sponsor;
  if (setting.teams.has(action.owner)) return action.owner;
  const allowed = (team: string): boolean =>
    setting.teams.has(team) && (team !== setting.controlFunction || controlFunctionExists);
  const touched = touchedActivities(action, setting);
  return (
    findMostAccountable(touched, setting.activities, setting.order, allowed) ?? setting.sponsor
  );
}

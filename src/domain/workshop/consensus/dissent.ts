import { keyAccountableSet } from '../accountable-sets';
import { readRaciRoles } from '../../raci/read-raci';
import type { TeamOrder } from '../../raci/team-order';
import type { Response } from '../../schemas/assessment';

/** Who saw an activity differently: one named participant, or the unnamed ones of a team and role. */
export interface DissentGroup {
  /** The participant's name, when they gave one (never in an anonymous workshop). */
  name?: string;
  /** Their team id and role, for participants without a name. */
  team?: string;
  role?: string;
  /** The accountable set they named instead ([] is "no one"), in team order. */
  accountable: string[];
  count: number;
}

/** The dissent on one activity's agreed owner. */
export interface Dissent {
  /** Participants who named an accountable set or "no one" ("don't know" is no view to differ). */
  answered: number;
  /** Of them, those whose accountable set differs from the agreed one. */
  count: number;
  /** Named participants one by one, the others grouped by team, role and answer, in file order. */
  groups: DissentGroup[];
}

/**
 * Who saw an activity differently from the agreed accountable teams: every participant whose
 * accountable set differs from `agreed`, by name when named, else grouped by team and role.
 */
export function dissentOf(
  responses: readonly Response[],
  activity: string,
  agreed: readonly string[],
  order: TeamOrder,
): Dissent {
  const agreedKey = keyAccountableSet(order.sort(agreed));
  const groups: DissentGroup[] = [];
  const unnamed = new Map<string, DissentGroup>();
  let answered = 0;
  let count = 0;
  for (const response of responses) {
    const answer = response.raci[activity];
    if (answer === undefined || answer === 'unknown') continue;
    answered++;
    const { accountable } = readRaciRoles(answer, order);
    const key = keyAccountableSet(accountable);
    if (key === agreedKey) continue;
    count++;
    const { name, team, role } = response;
    if (name !== undefined && name.trim() !== '') {
      groups.push({ name, accountable, count: 1 });
      continue;
    }
    const groupKey = JSON.stringify([team ?? null, role ?? null, key]);
    const group = unnamed.get(groupKey);
    if (group) group.count++;
    else {
      const created: DissentGroup = {
        ...(team === undefined ? {} : { team }),
        ...(role === undefined ? {} : { role }),
        accountable,
        count: 1,
      };
      unnamed.set(groupKey, created);
      groups.push(created);
    }
  }
  return { answered, count, groups };
}

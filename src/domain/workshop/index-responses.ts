import { readRaciRoles, type RaciRoles } from '../raci/read-raci';
import type { TeamOrder } from '../raci/team-order';
import type { RaciAnswer, Response } from '../schemas/assessment';
import { groupRole } from './participant-role';

/** One participant's RACI answer on one activity: the teams per letter, or "don't know". */
export interface ResponseRaci {
  role: string;
  answer: RaciRoles | 'unknown';
}

/** Each activity's workshop answers, in participant order; participants who skipped it are absent. */
export function indexResponseRaci(
  responses: readonly Response[],
  order: TeamOrder,
): Map<string, ResponseRaci[]> {
  const index = new Map<string, ResponseRaci[]>();
  for (const response of responses) {
    const role = groupRole(response.role);
    // Keys, then each value: Object.entries is several times slower on records this size.
    for (const activity of Object.keys(response.raci)) {
      const answer = response.raci[activity] as RaciAnswer;
      const entry: ResponseRaci = {
        role,
        answer: answer === 'unknown' ? 'unknown' : readRaciRoles(answer, order),
      };
      const list = index.get(activity);
      if (list) list.push(entry);
      else index.set(activity, [entry]);
    }
  }
  return index;
}

import type { TeamOrder } from './team-order';

/** The teams holding each RACI letter on one activity, each list in team order. */
export interface RaciRoles {
  responsible: string[];
  accountable: string[];
  consulted: string[];
  informed: string[];
}

/** Splits one activity's answer (`{ team: "AR", … }`; `{}` is "no one") into the teams per letter. */
export function readRaciRoles(
  answer: Readonly<Record<string, string>>,
  order: TeamOrder,
): RaciRoles {
  const roles: RaciRoles = { responsible: [], accountable: [], consulted: [], informed: [] };
  for (const team of order.sort(Object.keys(answer))) {
    const letters = answer[team] ?? '';
    if (letters.includes('R')) roles.responsible.push(team);
    if (letters.includes('A')) roles.accountable.push(team);
    if (letters.includes('C')) roles.consulted.push(team);
    if (letters.includes('I')) roles.informed.push(team);
  }
  return roles;
}

import type { AgreementStatistics, WorkshopResult } from '../analysis';
import type { TeamOrder } from '../raci/team-order';
import type { Response } from '../schemas/assessment';
import type { Model } from '../schemas/model';
import { computeAgreementStatistics } from './agreement-statistics';
import type { ResponseRaci } from './index-responses';
import { measureLeadershipGap } from './leadership-gap';
import { groupRole } from './participant-role';
import { spreadQuestions } from './question-spread';

/** What the workshop statistics are computed from. */
export interface WorkshopInput {
  model: Pick<Model, 'dimensions' | 'questions'>;
  responses: readonly Response[];
  /** Each activity's answers, from `indexResponseRaci`. */
  answers: ReadonlyMap<string, readonly ResponseRaci[]>;
  /** The in-scope activities, in model order. */
  activityIds: readonly string[];
  order: TeamOrder;
  outOfScopeDimensions: ReadonlySet<string>;
}

/**
 * Workshop statistics: agreement and Fleiss' kappa for the whole room, the same per role group
 * (groups in order of first appearance), the leadership gap per dimension, and how spread the
 * answers to each maturity question are (the questions the room is divided on).
 */
export function summariseWorkshop(input: WorkshopInput): WorkshopResult {
  const { answers, activityIds, order } = input;
  const room = computeAgreementStatistics(input.responses.length, answers, activityIds, order);
  const sizes = new Map<string, number>();
  for (const r of input.responses)
    sizes.set(groupRole(r.role), (sizes.get(groupRole(r.role)) ?? 0) + 1);
  const byRole = new Map<string, Map<string, ResponseRaci[]>>(
    [...sizes.keys()].map((role) => [role, new Map()]),
  );
  for (const id of activityIds) {
    for (const answer of answers.get(id) ?? []) {
      const group = byRole.get(answer.role);
      const list = group?.get(id);
      if (list) list.push(answer);
      else group?.set(id, [answer]);
    }
  }
  const roles: Record<string, AgreementStatistics> = {};
  for (const [role, size] of sizes) {
    roles[role] = computeAgreementStatistics(
      size,
      byRole.get(role) ?? new Map(),
      activityIds,
      order,
    );
  }
  return {
    ...room,
    roles,
    leadershipGap: measureLeadershipGap(input.model, input.responses, input.outOfScopeDimensions),
    ...spreadQuestions(input.model, input.responses, input.outOfScopeDimensions),
  };
}

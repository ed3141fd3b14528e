import type { ActivityAgreement, AgreementStatistics } from '../analysis';
import type { TeamOrder } from '../raci/team-order';
import { keyAccountableSet } from './accountable-sets';
import { computeFleissKappa } from './fleiss-kappa';
import type { ResponseRaci } from './index-responses';
import { measureAgreement } from './measure-agreement';

/**
 * Agreement per activity and Fleiss' kappa for one group of participants. Activities are taken
 * in the given order; each accountable set named anywhere is one kappa category.
 */
export function computeAgreementStatistics(
  participants: number,
  answersByActivity: ReadonlyMap<string, readonly ResponseRaci[]>,
  activityIds: readonly string[],
  order: TeamOrder,
): AgreementStatistics {
  const activities: Record<string, ActivityAgreement> = {};
  const rows: Map<string, number>[] = [];
  let agreementSum = 0;
  let agreementCount = 0;
  for (const id of activityIds) {
    const result = measureAgreement(answersByActivity.get(id) ?? [], order);
    if (!result) continue;
    activities[id] = result;
    agreementSum += result.agreement;
    agreementCount++;
    rows.push(new Map(result.answers.map((a) => [keyAccountableSet(a.accountable), a.count])));
  }
  return {
    participants,
    kappa: computeFleissKappa(rows),
    meanAgreement: agreementCount === 0 ? null : agreementSum / agreementCount,
    activities,
  };
}

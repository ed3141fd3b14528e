import type { ActivityAgreement } from '../analysis';
import type { TeamOrder } from '../raci/team-order';
import { countAccountableSets } from './accountable-sets';
import type { ResponseRaci } from './index-responses';

/** Below this agreement, the room does not agree who owns an activity: a perception gap. */
export const PERCEPTION_GAP_BELOW = 0.6;

/**
 * Agreement on who is accountable for one activity: the share of the participants who answered
 * (a set of teams, or "no one"; "don't know" is left out) that named the modal set.
 * Null when nobody answered.
 */
export function measureAgreement(
  answers: readonly ResponseRaci[],
  order: TeamOrder,
): ActivityAgreement | null {
  const sets: string[][] = [];
  let unknown = 0;
  for (const { answer } of answers) {
    if (answer === 'unknown') unknown++;
    else sets.push(answer.accountable);
  }
  const counts = countAccountableSets(sets, order);
  const modal = counts[0];
  if (!modal) return null;
  return {
    answered: sets.length,
    unknown,
    modal: modal.accountable,
    agreement: modal.count / sets.length,
    answers: counts,
  };
}

import type { ActivityAgreement } from '../analysis';
import type { TeamOrder } from '../raci/team-order';
import { countAccountableSets } from './accountable-sets';
import type { ResponseRaci } from './index-responses';

/** Below this agreement, the room does not agree who owns an activity: a perception gap. */
export const PERCEPTION_GAP_BELOW = 0.6;

/**
 * Agreement on who is accountable for one activity: the share of the participants who answered it
 * ("don't know" included) that named the modal set. A tie between the sets named most is not
 * settled by their order: every team of the tied sets is accountable (`tied`; the activity is then
 * contested when they name two teams or more). Null when nobody named a set of teams or "no one".
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
  const top = counts[0];
  if (!top) return null;
  const tiedSets = counts.filter((c) => c.count === top.count);
  const tied = tiedSets.length > 1;
  return {
    answered: sets.length,
    unknown,
    modal: tied ? order.sort(new Set(tiedSets.flatMap((c) => c.accountable))) : top.accountable,
    tied,
    agreement: top.count / (sets.length + unknown),
    answers: counts,
  };
}

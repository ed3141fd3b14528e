import type { ActivityAgreement, ActivityStatus, AnswerSource } from '../analysis';
import type { RaciAnswer } from '../schemas/assessment';
import { keyAccountableSet } from '../workshop/accountable-sets';
import type { ResponseRaci } from '../workshop/index-responses';
import { readRaciRoles, type RaciRoles } from './read-raci';
import type { TeamOrder } from './team-order';

/** The RACI answer the analysis uses for one activity, and where it came from. */
export interface ResolvedRaci {
  status: Exclude<ActivityStatus, 'out-of-scope'>;
  source: AnswerSource | null;
  /** The teams per letter when answered; null for "don't know" and unanswered. */
  roles: RaciRoles | null;
}

/**
 * The answer used for one activity: the consensus answer when there is one; otherwise the room's
 * modal answer: the modal accountable set (see `measureAgreement`; on a tie, every tied team),
 * with the R, C and I that at least half of the participants who named that set (or a tied one)
 * gave, so the answer hangs together: the minority's letters do not leak in; "don't know" when
 * every participant said so; unanswered when nobody answered.
 */
export function resolveRaci(
  consensus: RaciAnswer | undefined,
  responses: readonly ResponseRaci[],
  agreement: ActivityAgreement | null,
  order: TeamOrder,
): ResolvedRaci {
  if (consensus === 'unknown') return { status: 'unknown', source: 'consensus', roles: null };
  if (consensus !== undefined)
    return { status: 'answered', source: 'consensus', roles: readRaciRoles(consensus, order) };
  if (agreement)
    return {
      status: 'answered',
      source: 'workshop',
      roles: modalRoles(responses, agreement, order),
    };
  if (responses.length > 0) return { status: 'unknown', source: 'workshop', roles: null };
  return { status: 'unanswered', source: null, roles: null };
}

function modalRoles(
  responses: readonly ResponseRaci[],
  agreement: ActivityAgreement,
  order: TeamOrder,
): RaciRoles {
  const counts = {
    responsible: new Map<string, number>(),
    consulted: new Map<string, number>(),
    informed: new Map<string, number>(),
  };
  // The participants who named the modal set, or any of the sets tied for it.
  const most = agreement.answers[0]?.count ?? 0;
  const modal = new Set(
    agreement.answers.filter((a) => a.count === most).map((a) => keyAccountableSet(a.accountable)),
  );
  let named = 0;
  for (const { answer } of responses) {
    if (answer === 'unknown' || !modal.has(keyAccountableSet(answer.accountable))) continue;
    named++;
    for (const letter of ['responsible', 'consulted', 'informed'] as const) {
      for (const team of answer[letter])
        counts[letter].set(team, (counts[letter].get(team) ?? 0) + 1);
    }
  }
  const byHalf = (tally: Map<string, number>): string[] =>
    order.sort([...tally].filter(([, n]) => 2 * n >= named).map(([team]) => team));
  return {
    responsible: byHalf(counts.responsible),
    accountable: [...agreement.modal],
    consulted: byHalf(counts.consulted),
    informed: byHalf(counts.informed),
  };
}

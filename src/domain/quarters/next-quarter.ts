import type { Assessment } from '../schemas/assessment';

/** The quarter after a period: `2026-Q3` → `2026-Q4`, `2026-Q4` → `2027-Q1`. */
export function nextPeriod(period: string): string {
  const [year, quarter] = period.split('-Q').map(Number) as [number, number];
  return quarter === 4 ? `${year + 1}-Q1` : `${year}-Q${quarter + 1}`;
}

/**
 * The id that groups an assessment with its organisation's other periods: its `organisation.id`,
 * else the id it is stored under (an assessment without one stands alone).
 */
export function organisationKey(assessment: Assessment, storedId: string): string {
  return assessment.organisation.id ?? storedId;
}

/**
 * The next quarter's assessment, started from one stored under `storedId`: the same profile,
 * teams, scope, targets, answers, RACI, notes and roadmap tracking, for the next period, a draft
 * linked to the one it came from and grouped with it. Workshop responses stay with their quarter.
 */
export function startNextQuarter(previous: Assessment, storedId: string): Assessment {
  const copy = structuredClone(previous);
  delete copy.responses;
  delete copy.migratedFrom;
  return {
    ...copy,
    organisation: { ...copy.organisation, id: organisationKey(previous, storedId) },
    period: nextPeriod(previous.period),
    status: 'draft',
    previous: { period: previous.period, assessmentId: storedId },
  };
}

/**
 * The stored id of the next quarter already started from `previous` (same organisation, the next
 * period), so that starting it again opens that one instead of a second copy; null when none.
 */
export function startedNextQuarter(
  stored: readonly { id: string; assessment: Assessment }[],
  previous: Assessment,
  storedId: string,
): string | null {
  const organisation = organisationKey(previous, storedId);
  const period = nextPeriod(previous.period);
  const found = stored.find(
    (r) =>
      r.id !== storedId &&
      r.assessment.period === period &&
      organisationKey(r.assessment, r.id) === organisation,
  );
  return found?.id ?? null;
}

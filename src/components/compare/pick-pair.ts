/** Which two saved assessments the compare page opens with. */
import type { Assessment } from '../../domain/schemas/assessment';

/** A saved assessment the page can compare. */
export interface Choice {
  id: string;
  assessment: Assessment;
}

const key = (c: Choice): string => `${c.assessment.period}|${c.id}`;

/** The organisation an assessment is for: its id, else its name. */
export const organisationOf = (a: Assessment): string => a.organisation.id ?? a.organisation.name;

/**
 * The pair to show: the ids asked for when both are saved; else the newest period ("after") and
 * the quarter it was started from, or else the organisation's latest earlier period, or else any
 * other assessment ("before").
 */
export function pickPair(
  choices: readonly Choice[],
  before: string | null,
  after: string | null,
): { before: string; after: string } {
  const has = (id: string | null): id is string => choices.some((c) => c.id === id);
  if (has(before) && has(after)) return { before, after };
  const sorted = [...choices].sort((a, b) => key(b).localeCompare(key(a)));
  const newest = sorted[0];
  if (!newest) return { before: '', after: '' };
  const others = sorted.filter((c) => c.id !== newest.id);
  const linked = others.find((c) => c.id === newest.assessment.previous?.assessmentId);
  const sameOrganisation = others.find(
    (c) =>
      organisationOf(c.assessment) === organisationOf(newest.assessment) &&
      c.assessment.period < newest.assessment.period,
  );
  return { before: (linked ?? sameOrganisation ?? others[0])?.id ?? '', after: newest.id };
}

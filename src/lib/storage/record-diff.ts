import type { Assessment, RaciAnswer } from '../../domain/schemas/assessment';

/** One thing two copies of an assessment disagree on, with each copy's value when it is short. */
export interface Difference {
  /** What kind of thing differs: a maturity answer, a note, a RACI cell or another field. */
  area: 'answer' | 'note' | 'raci' | 'field';
  /** The question, note, activity or field (`organisation.name`, `teams`, `period`, …). */
  id: string;
  /** The team of a RACI cell. */
  team?: string;
  /** This page's value and the stored one: '' when absent, null when too long to show. */
  mine: string | null;
  theirs: string | null;
}

const FIELDS = [
  'period',
  'status',
  'teams',
  'outOfScope',
  'targets',
  'roadmap',
  'previous',
  'responses',
] as const satisfies readonly (keyof Assessment)[];

/** A value as a reader can compare it: scalars as text, '' when absent, null for structures. */
function shown(value: unknown): string | null {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return null;
  return String(value);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function diffRecords(
  area: 'answer' | 'note',
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
): Difference[] {
  const ids = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])];
  return ids
    .filter((id) => !same(mine[id], theirs[id]))
    .map((id) => ({ area, id, mine: shown(mine[id]), theirs: shown(theirs[id]) }));
}

function diffRaci(
  mine: Record<string, RaciAnswer>,
  theirs: Record<string, RaciAnswer>,
): Difference[] {
  const out: Difference[] = [];
  for (const id of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const a = mine[id];
    const b = theirs[id];
    if (same(a, b)) continue;
    if (typeof a !== 'object' || typeof b !== 'object') {
      out.push({ area: 'raci', id, mine: shown(a), theirs: shown(b) });
      continue;
    }
    for (const team of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (a[team] !== b[team])
        out.push({ area: 'raci', id, team, mine: a[team] ?? '', theirs: b[team] ?? '' });
    }
  }
  return out;
}

/**
 * What differs between this page's copy of an assessment and the stored one, readably: each
 * answer, note and RACI cell, each organisation field, and the other parts as a whole.
 */
export function diffAssessments(mine: Assessment, theirs: Assessment): Difference[] {
  const organisation = Object.keys({
    ...mine.organisation,
    ...theirs.organisation,
  }) as (keyof Assessment['organisation'])[];
  const fields: Difference[] = [
    ...organisation.map((key) => ({
      id: `organisation.${key}`,
      a: mine.organisation[key],
      b: theirs.organisation[key],
    })),
    ...FIELDS.map((key) => ({ id: key, a: mine[key], b: theirs[key] })),
  ]
    .filter(({ a, b }) => !same(a, b))
    .map(({ id, a, b }) => ({ area: 'field', id, mine: shown(a), theirs: shown(b) }));
  return [
    ...diffRecords('answer', mine.maturity, theirs.maturity),
    ...diffRecords('note', mine.notes, theirs.notes),
    ...diffRaci(mine.raci, theirs.raci),
    ...fields,
  ];
}

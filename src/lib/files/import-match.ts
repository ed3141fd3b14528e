import type { Assessment } from '../../domain/schemas/assessment';
import type { StoredRecord } from '../storage/stored-record';

/** A name as compared: Unicode-normalised (NFKC), case folded, runs of spaces made one. */
export function comparableName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * Whether two assessments are of the same organisation: the same `organisation.id` when both
 * have one, else the same (non-empty) name ignoring case, spacing and Unicode normalisation.
 */
export function sameOrganisation(a: Assessment, b: Assessment): boolean {
  const [idA, idB] = [a.organisation.id, b.organisation.id];
  if (idA !== undefined && idB !== undefined) return idA === idB;
  const name = comparableName(a.organisation.name);
  return name !== '' && name === comparableName(b.organisation.name);
}

/** JSON with every object's keys in order, so equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

// A backup of hundreds of assessments compares each against every stored one: texts are kept.
const contentOf = new WeakMap<Assessment, string>();
function canonicalContent(a: Assessment): string {
  let text = contentOf.get(a);
  if (text === undefined) {
    text = canonicalJson(a);
    contentOf.set(a, text);
  }
  return text;
}

/**
 * The stored record an incoming assessment would duplicate: the same organisation and period,
 * or the same content.
 */
export function findMatch(
  incoming: Assessment,
  records: readonly StoredRecord[],
): StoredRecord | undefined {
  const content = canonicalContent(incoming);
  return records.find(
    (r) =>
      (sameOrganisation(incoming, r.assessment) && incoming.period === r.assessment.period) ||
      canonicalContent(r.assessment) === content,
  );
}

// The check of a stored record against the wrapper schema and the assessment's schema, kept apart
// from the record's shape (stored-record.ts) so that what loads it is the store, not every page
// that names a record.
import * as v from 'valibot';
import type { ModelIds } from '../../domain/schemas/model-check';
import { parseAssessment } from '../../domain/schemas/parse-assessment';
import { problemsFromIssues, type Problem } from '../../domain/schemas/problems';
import { STORAGE_VERSION, type ReadRecord } from './stored-record';

const WrapperSchema = v.object({
  storageVersion: v.literal(STORAGE_VERSION),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/)),
  revision: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
  step: v.string(),
  assessment: v.unknown(),
});

/** The storage version a stored value says it has, when it says one. */
function versionOf(value: unknown): number | undefined {
  const version = (value as { storageVersion?: unknown } | null)?.storageVersion;
  return typeof value === 'object' && typeof version === 'number' ? version : undefined;
}

/** Whether a stored value was written by a newer version of the tool than this one. */
export function isNewerStorage(value: unknown): boolean {
  return (versionOf(value) ?? 0) > STORAGE_VERSION;
}

function newerProblem(value: unknown): Problem {
  return {
    path: 'storageVersion',
    code: 'storage-too-new',
    message: `was saved by a newer version of the tool (storage version ${versionOf(value)}); update the tool to open it`,
    params: { found: versionOf(value) ?? '', supported: STORAGE_VERSION },
  };
}

function idProblem(found: string, expected: string): Problem {
  return {
    path: 'id',
    code: 'id-mismatch',
    message: `the stored id "${found}" differs from the key it is stored under ("${expected}")`,
    params: { found, expected },
  };
}

/**
 * Validates a stored value (already parsed JSON) as a record, its assessment checked against the
 * model and migrated in memory (storage is rewritten only when the record is next saved). A
 * record whose id differs from its key, or that a newer version of the tool wrote, is damaged.
 */
export function checkStoredRecord(
  model: ModelIds,
  id: string,
  value: unknown,
  raw: string,
): ReadRecord {
  if (isNewerStorage(value)) return { ok: false, id, raw, problems: [newerProblem(value)] };
  const wrapper = v.safeParse(WrapperSchema, value);
  if (!wrapper.success) return { ok: false, id, raw, problems: problemsFromIssues(wrapper.issues) };
  if (wrapper.output.id !== id)
    return { ok: false, id, raw, problems: [idProblem(wrapper.output.id, id)] };
  const assessment = parseAssessment(wrapper.output.assessment, model);
  if (!assessment.ok) {
    const problems = assessment.problems.map((p) => ({
      ...p,
      path: p.path ? `assessment.${p.path}` : 'assessment',
    }));
    return { ok: false, id, raw, problems };
  }
  return {
    ok: true,
    id,
    record: { ...wrapper.output, storageVersion: STORAGE_VERSION, assessment: assessment.value },
  };
}

import * as v from 'valibot';
import type { Assessment } from '../../domain/schemas/assessment';
import type { ModelIds } from '../../domain/schemas/model-check';
import { parseAssessment } from '../../domain/schemas/parse-assessment';
import { problemsFromIssues, type Problem } from '../../domain/schemas/problems';

/** The version of the wrapper the browser stores around an assessment. */
export const STORAGE_VERSION = 1;

/** What the browser keeps for one assessment: the public file plus where the user was. */
export interface StoredRecord {
  storageVersion: typeof STORAGE_VERSION;
  id: string;
  createdAt: string;
  updatedAt: string;
  /** The wizard step the user was on, so a reload resumes there. */
  step: string;
  assessment: Assessment;
}

const WrapperSchema = v.object({
  storageVersion: v.literal(STORAGE_VERSION),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
  step: v.string(),
  assessment: v.unknown(),
});

/** A stored record that could be read, or one that could not, with its raw text kept. */
export type ReadRecord =
  | { ok: true; id: string; record: StoredRecord }
  | { ok: false; id: string; raw: string; problems: Problem[] };

/**
 * Validates a stored value (already parsed JSON) as a record, its assessment checked against the
 * model and migrated in memory (storage is rewritten only when the record is next saved).
 */
export function checkStoredRecord(
  model: ModelIds,
  id: string,
  value: unknown,
  raw: string,
): ReadRecord {
  const wrapper = v.safeParse(WrapperSchema, value);
  if (!wrapper.success) return { ok: false, id, raw, problems: problemsFromIssues(wrapper.issues) };
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

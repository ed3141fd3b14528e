import type { Assessment } from '../domain/schemas/assessment';
import type { ModelIds } from '../domain/schemas/model-check';
import { readAssessment } from './storage/assessment-repo';

const read = new Map<string, Assessment | null>();

/**
 * The stored assessment this one was started from (see `previous`), read once a page; null when
 * there is none, it is no longer stored or cannot be read. The questionnaire's step views use it,
 * so its code loads with them, not with the page.
 */
export function lastQuarter(model: ModelIds, assessment: Assessment): Assessment | null {
  const id = assessment.previous?.assessmentId;
  if (!id) return null;
  if (!read.has(id)) {
    let found: Assessment | null = null;
    try {
      const record = readAssessment(model, id);
      if (record?.ok) found = record.record.assessment;
    } catch {
      // Storage blocked: there is no last quarter to show.
    }
    read.set(id, found);
  }
  return read.get(id) ?? null;
}

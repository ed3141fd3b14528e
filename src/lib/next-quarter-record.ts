// Loaded only when the questionnaire opens a `?next=` address, so the page's first script stays small.
import { startedNextQuarter, startNextQuarter } from '../domain/quarters/next-quarter';
import type { ModelIds } from '../domain/schemas/model-check';
import type { Lang } from '../i18n';
import { assessmentUrl, memoryRecord } from './open-record';
import { listAssessments, readAssessment } from './storage/assessment-repo';
import type { StoredRecord } from './storage/stored-record';

/**
 * The quarter after a stored assessment, in the page only (stored on its first change); when that
 * quarter was started before, the stored one, with the address rewritten to it.
 */
export function nextQuarter(lang: Lang, model: ModelIds, id: string): StoredRecord | null {
  const read = readAssessment(model, id);
  if (!read?.ok) return null;
  const stored = listAssessments(model).flatMap((r) => (r.ok ? [r.record] : []));
  const started = stored.find(
    (r) => r.id === startedNextQuarter(stored, read.record.assessment, id),
  );
  if (started) {
    history.replaceState(null, '', assessmentUrl(lang, started) + location.hash);
    return started;
  }
  return memoryRecord(startNextQuarter(read.record.assessment, id));
}

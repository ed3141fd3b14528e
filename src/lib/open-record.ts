import type { Assessment } from '../domain/schemas/assessment';
import type { ModelIds } from '../domain/schemas/model-check';
import type { Lang } from '../i18n';
import { createRecord, StorageError } from './storage/assessment-repo';
import type { StoredRecord } from './storage/stored-record';

/** The questionnaire page of an assessment. */
export function assessmentUrl(lang: Lang, record: Pick<StoredRecord, 'id'>): string {
  return `/${lang}/assess/?id=${encodeURIComponent(record.id)}`;
}

/** Saves an assessment as a new record and opens it; returns a storage reason if it could not. */
export function saveAndOpen(
  lang: Lang,
  model: ModelIds,
  assessment: Assessment,
): StorageError['reason'] | null {
  try {
    const record = createRecord(model, assessment);
    location.assign(assessmentUrl(lang, record));
    return null;
  } catch (error) {
    if (error instanceof StorageError) return error.reason;
    throw error;
  }
}

import type { Assessment } from '../domain/schemas/assessment';
import type { ModelIds } from '../domain/schemas/model-check';
import type { Lang } from '../i18n';
import { assessmentUrl } from './open-record';
import { createRecord, StorageError, type StorageReason } from './storage/assessment-repo';
import type { StoredRecord } from './storage/stored-record';

/**
 * Saves an assessment as a new record and opens it (the questionnaire, or the page `page` gives);
 * returns a storage reason if it could not.
 * When the browser blocks storage and `inMemory` is given, opens that address instead (the
 * questionnaire then keeps the assessment in the page).
 */
export function saveAndOpen(
  lang: Lang,
  model: ModelIds,
  assessment: Assessment,
  inMemory?: string,
  page: (lang: Lang, record: Pick<StoredRecord, 'id'>) => string = assessmentUrl,
): StorageReason | null {
  try {
    const record = createRecord(model, assessment);
    location.assign(page(lang, record));
    return null;
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    if (error.reason === 'unavailable' && inMemory) {
      location.assign(inMemory);
      return null;
    }
    return error.reason;
  }
}

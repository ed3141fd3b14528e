import type { Assessment } from '../domain/schemas/assessment';
import type { ModelIds } from '../domain/schemas/model-check';
import type { Lang } from '../i18n';
import { storageAvailable, StorageError } from './storage/browser-storage';
import { STORAGE_VERSION, type StoredRecord } from './storage/stored-record';

/** The questionnaire page of an assessment. */
export function assessmentUrl(lang: Lang, record: Pick<StoredRecord, 'id'>): string {
  return `/${lang}/assess/?id=${encodeURIComponent(record.id)}`;
}

/** The results page of an assessment. */
export function resultsUrl(lang: Lang, record: Pick<StoredRecord, 'id'>): string {
  return `/${lang}/results/?id=${encodeURIComponent(record.id)}`;
}

/**
 * How an assessment that is not stored yet reaches the questionnaire: `?new` (a blank one) or
 * `?example=<name>` (a copy of an example file). The start page sends the user to `?new`, and to
 * `?example=` when the browser blocks storage. A new assessment is stored on its first change, an
 * example at once (and the address becomes `?id=`); when storage is blocked either lives in that
 * page only, which says so and offers the file as download. The address, not a hand-over through storage, carries it, because
 * session storage is blocked together with local storage.
 * `?next=<id>` starts the quarter after a stored assessment (see `openFresh`).
 */
export function freshUrl(
  lang: Lang,
  source: 'new' | { example: string } | { next: string },
): string {
  const query =
    source === 'new'
      ? 'new'
      : 'next' in source
        ? `next=${encodeURIComponent(source.next)}`
        : `example=${encodeURIComponent(source.example)}`;
  return `/${lang}/assess/?${query}`;
}

/** Whether a record is only in the page: opened in memory, or a next quarter not stored yet. */
export function unstored(record: StoredRecord): boolean {
  return record.id === 'in-memory';
}

/** An assessment opened in a page without being stored (its id is never written). */
export function memoryRecord(assessment: Assessment): StoredRecord {
  const now = new Date().toISOString();
  return {
    storageVersion: STORAGE_VERSION,
    id: 'in-memory',
    revision: 0,
    createdAt: now,
    updatedAt: now,
    step: 'profile',
    assessment,
  };
}

async function freshAssessment(
  params: URLSearchParams,
  model: ModelIds,
  blank: () => Assessment,
): Promise<Assessment | null> {
  const example = params.get('example');
  if (example === null) return blank();
  if (!/^[a-z0-9-]{1,64}$/.test(example)) return null;
  const response = await fetch(`/examples/${example}.json`);
  if (!response.ok) return null;
  const { parseAssessmentText } = await import('./storage/store-later');
  const parsed = parseAssessmentText(await response.text(), model);
  return parsed.ok ? parsed.value : null;
}

/**
 * Opens the assessment a `?new`, `?example=` or `?next=` address asks for (see `freshUrl`):
 * stored, with the address rewritten to its `?id=`, or in memory when the browser blocks storage.
 * A new assessment and a next quarter stay in the page until their first change (then they are
 * stored and the address names them), so an abandoned start leaves nothing behind. Null when the
 * example or the earlier quarter does not exist. Only an example or a next quarter loads the store
 * and its schemas here: a new assessment shows without them.
 */
export async function openFresh(
  lang: Lang,
  params: URLSearchParams,
  model: ModelIds,
  blank: () => Assessment,
): Promise<{ record: StoredRecord; memory: boolean } | null> {
  const next = params.get('next');
  if (next !== null) {
    const { nextQuarter } = await import('./next-quarter-record');
    const record = nextQuarter(lang, model, next);
    return record && { record, memory: false };
  }
  if (params.has('new') && storageAvailable())
    return { record: memoryRecord(blank()), memory: false };
  const assessment = await freshAssessment(params, model, blank);
  if (!assessment) return null;
  const { createRecord } = await import('./storage/store-later');
  try {
    const record = createRecord(model, assessment);
    history.replaceState(null, '', assessmentUrl(lang, record));
    return { record, memory: false };
  } catch (error) {
    if (error instanceof StorageError && error.reason === 'unavailable')
      return { record: memoryRecord(assessment), memory: true };
    throw error;
  }
}

/**
 * The browser's storage as the assessment store sees it, without the store's schema checks: the
 * key prefix, why storage refuses, whether the page may use it at all, and change notices. A page
 * imports these at once; the store itself (`assessment-repo.ts`), which validates every read and
 * write, may load later.
 */
import { onRecordsChanged as subscribe, type RecordsChange } from './records-changed';

/** Every assessment is kept under its own key, so one damaged entry never spoils the others. */
export const KEY_PREFIX = 'ccm:assessment:';

/**
 * Why a write was refused: storage full, the record failed validation, storage blocked, a newer
 * revision is stored (another tab saved since this page read it), the record was deleted
 * elsewhere, or a newer version of the tool stored it.
 */
export type StorageReason = 'quota' | 'invalid' | 'unavailable' | 'conflict' | 'deleted' | 'newer';

/** Why a read or a write was refused. */
export class StorageError extends Error {
  readonly reason: StorageReason;
  constructor(reason: StorageReason, message: string) {
    super(message);
    this.name = 'StorageError';
    this.reason = reason;
  }
}

/** The browser's storage; throws StorageError `unavailable` when the browser blocks it. */
export function browserStorage(): Storage {
  try {
    const storage = globalThis.localStorage;
    if (!storage) throw new Error('this browser has no local storage');
    void storage.length;
    return storage;
  } catch (error) {
    throw new StorageError('unavailable', (error as Error).message);
  }
}

/** Whether this page may read and write the browser's storage at all. */
export function storageAvailable(): boolean {
  try {
    browserStorage();
    return true;
  } catch {
    return false;
  }
}

/**
 * Calls `callback` after every change to the stored assessments, on this page (any island) or in
 * another tab. Returns the function that stops it.
 */
export function onRecordsChanged(callback: (change: RecordsChange) => void): () => void {
  return subscribe(KEY_PREFIX, callback);
}

export type { RecordsChange };

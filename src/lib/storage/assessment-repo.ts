import { LowSync } from 'lowdb';
import { LocalStorage } from 'lowdb/browser';
import type { Assessment } from '../../domain/schemas/assessment';
import type { ModelIds } from '../../domain/schemas/model-check';
import { parseAssessment } from '../../domain/schemas/parse-assessment';
import { browserStorage, KEY_PREFIX, StorageError } from './browser-storage';
import { announceChange } from './records-changed';
import { checkStoredRecord, isNewerStorage } from './stored-record-check';
import { STORAGE_VERSION, type ReadRecord, type StoredRecord } from './stored-record';

function rawOf(id: string): string | null {
  const storage = browserStorage();
  try {
    return storage.getItem(KEY_PREFIX + id);
  } catch (error) {
    throw new StorageError('unavailable', (error as Error).message);
  }
}

/** The lowdb store of one key (after making sure the browser lets the page use storage). */
function db(id: string): LowSync<unknown> {
  browserStorage();
  return new LowSync<unknown>(new LocalStorage(KEY_PREFIX + id), null);
}

/** A new random id for an assessment. */
export function newId(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `a-${Date.now().toString(36)}-${Array.from(random, (n) => n.toString(36)).join('')}`;
}

/**
 * Reads one assessment through the schema and the model; damaged data (an id the model does not
 * know, an id that differs from its key, a newer storage version) comes back with its raw text,
 * untouched. Throws StorageError `unavailable` when storage is blocked.
 */
export function readAssessment(model: ModelIds, id: string): ReadRecord | null {
  const raw = rawOf(id);
  if (raw === null) return null;
  const store = db(id);
  try {
    store.read();
  } catch (error) {
    return {
      ok: false,
      id,
      raw,
      problems: [
        { path: '', code: 'not-json', message: `is not valid JSON (${(error as Error).message})` },
      ],
    };
  }
  return checkStoredRecord(model, id, store.data, raw);
}

/** The ids of every stored assessment, readable or not. */
function storedIds(): string[] {
  const storage = browserStorage();
  const ids: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(KEY_PREFIX)) ids.push(key.slice(KEY_PREFIX.length));
  }
  return ids;
}

/** Every stored assessment, readable or not, newest first. Throws when storage is blocked. */
export function listAssessments(model: ModelIds): ReadRecord[] {
  const records = storedIds()
    .map((id) => readAssessment(model, id))
    .filter((r): r is ReadRecord => r !== null);
  const time = (r: ReadRecord): string => (r.ok ? r.record.updatedAt : '');
  return records.sort((a, b) => time(b).localeCompare(time(a)) || a.id.localeCompare(b.id));
}

/** How much of the browser's storage an entry takes, in characters (its key included). */
export function storedSize(id: string): number {
  return (KEY_PREFIX + id).length + (rawOf(id)?.length ?? 0);
}

/** The revision stored under a key: -1 when unreadable, Infinity when a newer tool wrote it. */
function storedRevision(raw: string): number {
  try {
    const value: unknown = JSON.parse(raw);
    if (isNewerStorage(value)) return Infinity;
    const revision = (value as { revision?: unknown } | null)?.revision ?? 0;
    return typeof revision === 'number' ? revision : -1;
  } catch {
    return -1;
  }
}

function checked(model: ModelIds, record: StoredRecord): StoredRecord {
  const result = parseAssessment(record.assessment, model);
  if (!result.ok) {
    throw new StorageError(
      'invalid',
      result.problems.map((p) => `${p.path}: ${p.message}`).join('; '),
    );
  }
  return { ...record, storageVersion: STORAGE_VERSION, assessment: result.value };
}

function put(record: StoredRecord): StoredRecord {
  const store = db(record.id);
  store.data = record;
  try {
    store.write();
  } catch (error) {
    const quota = error instanceof DOMException && /quota/i.test(error.name + error.message);
    throw new StorageError(quota ? 'quota' : 'unavailable', (error as Error).message);
  }
  announceChange({ id: record.id, elsewhere: false });
  return record;
}

/**
 * Writes a record over the revision it was read at, after checking it against the model and
 * migrating it; never writes something it could not read back. Refuses with `conflict` when
 * another revision is stored (someone saved since), with `deleted` when the record is gone, with
 * `newer` when a newer tool stored it. Returns the record as written, its revision one higher.
 */
export function writeAssessment(model: ModelIds, record: StoredRecord): StoredRecord {
  const next = checked(model, record);
  const raw = rawOf(record.id);
  if (raw === null) throw new StorageError('deleted', `${record.id} is no longer stored`);
  const stored = storedRevision(raw);
  if (stored === Infinity)
    throw new StorageError('newer', `${record.id} was stored by a newer tool`);
  if (stored !== record.revision) {
    throw new StorageError(
      'conflict',
      `${record.id} is at revision ${stored}, this page holds ${record.revision}`,
    );
  }
  return put({ ...next, revision: record.revision + 1 });
}

/**
 * Stores a record again under its own id after it was deleted elsewhere (the page's copy wins
 * only over nothing: a record stored under that id meanwhile is a `conflict`).
 */
export function restoreAssessment(model: ModelIds, record: StoredRecord): StoredRecord {
  const next = checked(model, record);
  if (rawOf(record.id) !== null) throw new StorageError('conflict', `${record.id} is stored again`);
  return put({ ...next, revision: record.revision + 1 });
}

/** A new random id for an organisation, so its later quarters group with this one. */
function newOrganisationId(): string {
  return `o${newId().slice(1)}`;
}

/**
 * Stores a new assessment under a fresh id and returns its record. An assessment without an
 * `organisation.id` (a new one, an imported file without one) is given one here, so the quarters
 * started from it group with it.
 */
export function createRecord(
  model: ModelIds,
  assessment: Assessment,
  step = 'profile',
): StoredRecord {
  const now = new Date().toISOString();
  let id = newId();
  while (rawOf(id) !== null) id = newId();
  const record: StoredRecord = {
    storageVersion: STORAGE_VERSION,
    id,
    revision: 0,
    createdAt: now,
    updatedAt: now,
    step,
    assessment: {
      ...assessment,
      organisation: {
        ...assessment.organisation,
        id: assessment.organisation.id ?? newOrganisationId(),
      },
    },
  };
  return put({ ...checked(model, record), revision: 1 });
}

/** Copies an assessment under a new id, named as a copy: an organisation of its own. */
export function duplicateRecord(
  model: ModelIds,
  record: Pick<StoredRecord, 'assessment' | 'step'>,
  copyName: string,
): StoredRecord {
  const assessment = JSON.parse(JSON.stringify(record.assessment)) as Assessment;
  assessment.organisation.name = copyName;
  delete assessment.organisation.id;
  assessment.status = 'draft';
  return createRecord(model, assessment, record.step);
}

/** Removes the entry stored under one key, damaged or not, for good (the UI asks first). */
export function deleteAssessment(id: string): void {
  const storage = browserStorage();
  storage.removeItem(KEY_PREFIX + id);
  announceChange({ id, elsewhere: false });
}

// What pages need before the store loads lives in browser-storage.ts; the store offers it too.
export {
  browserStorage,
  KEY_PREFIX,
  onRecordsChanged,
  StorageError,
  storageAvailable,
  type RecordsChange,
  type StorageReason,
} from './browser-storage';

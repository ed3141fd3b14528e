import { LowSync } from 'lowdb';
import { LocalStorage } from 'lowdb/browser';
import type { Assessment } from '../../domain/schemas/assessment';
import type { ModelIds } from '../../domain/schemas/model-check';
import { parseAssessment } from '../../domain/schemas/parse-assessment';
import {
  checkStoredRecord,
  STORAGE_VERSION,
  type ReadRecord,
  type StoredRecord,
} from './stored-record';

/** Every assessment is kept under its own key, so one damaged entry never spoils the others. */
export const KEY_PREFIX = 'ccm:assessment:';

/** Why a write was refused. */
export class StorageError extends Error {
  readonly reason: 'quota' | 'invalid' | 'unavailable';
  constructor(reason: StorageError['reason'], message: string) {
    super(message);
    this.name = 'StorageError';
    this.reason = reason;
  }
}

function db(id: string): LowSync<unknown> {
  return new LowSync<unknown>(new LocalStorage(KEY_PREFIX + id), null);
}

/** A new random id for an assessment. */
export function newId(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `a-${Date.now().toString(36)}-${Array.from(random, (n) => n.toString(36)).join('')}`;
}

/**
 * Reads one assessment through the schema and the model; damaged data (an id the model does not
 * know included) comes back with its raw text, untouched.
 */
export function readAssessment(model: ModelIds, id: string): ReadRecord | null {
  const raw = localStorage.getItem(KEY_PREFIX + id);
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

/** Every stored assessment, readable or not, newest first. */
export function listAssessments(model: ModelIds): ReadRecord[] {
  const ids: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(KEY_PREFIX)) ids.push(key.slice(KEY_PREFIX.length));
  }
  const records = ids
    .map((id) => readAssessment(model, id))
    .filter((r): r is ReadRecord => r !== null);
  const time = (r: ReadRecord): string => (r.ok ? r.record.updatedAt : '');
  return records.sort((a, b) => time(b).localeCompare(time(a)) || a.id.localeCompare(b.id));
}

/**
 * Writes a record after checking it against the model, migrated to the current version; never
 * writes something it could not read back. Returns the record as written.
 */
export function writeAssessment(model: ModelIds, record: StoredRecord): StoredRecord {
  const checked = parseAssessment(record.assessment, model);
  if (!checked.ok) {
    throw new StorageError(
      'invalid',
      checked.problems.map((p) => `${p.path}: ${p.message}`).join('; '),
    );
  }
  const written: StoredRecord = {
    ...record,
    storageVersion: STORAGE_VERSION,
    assessment: checked.value,
  };
  const store = db(record.id);
  store.data = written;
  try {
    store.write();
  } catch (error) {
    const quota = error instanceof DOMException && /quota/i.test(error.name + error.message);
    throw new StorageError(quota ? 'quota' : 'unavailable', (error as Error).message);
  }
  return written;
}

/** Stores a new assessment and returns its record. */
export function createRecord(
  model: ModelIds,
  assessment: Assessment,
  step = 'profile',
): StoredRecord {
  const now = new Date().toISOString();
  return writeAssessment(model, {
    storageVersion: STORAGE_VERSION,
    id: newId(),
    createdAt: now,
    updatedAt: now,
    step,
    assessment,
  });
}

/** Copies an assessment under a new id, named as a copy. */
export function duplicateRecord(
  model: ModelIds,
  record: StoredRecord,
  copyName: string,
): StoredRecord {
  const assessment = JSON.parse(JSON.stringify(record.assessment)) as Assessment;
  assessment.organisation.name = copyName;
  assessment.status = 'draft';
  return createRecord(model, assessment, record.step);
}

/** Removes an assessment for good (the UI asks first). */
export function deleteAssessment(id: string): void {
  localStorage.removeItem(KEY_PREFIX + id);
}

import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MemoryStorage } from './memory-storage';
import {
  createRecord,
  deleteAssessment,
  duplicateRecord,
  KEY_PREFIX,
  listAssessments,
  onRecordsChanged,
  readAssessment,
  restoreAssessment,
  storageAvailable,
  storedSize,
  StorageError,
  writeAssessment,
  type RecordsChange,
} from './assessment-repo';
import { createAssessment } from '../../domain/new-assessment';
import { loadModel } from '../model/load-model';

let storage: MemoryStorage;
const model = loadModel();
const blank = () => createAssessment(model, 'en', new Date('2026-11-23T00:00:00Z'));

beforeEach(() => {
  storage = new MemoryStorage();
  globalThis.localStorage = storage;
});

describe('the assessment store', () => {
  it('reads back what it wrote, through the schema', () => {
    const record = createRecord(model, blank());
    const read = readAssessment(model, record.id);
    expect(read?.ok).toBe(true);
    expect(read?.ok && read.record.assessment.period).toBe('2026-Q4');
  });

  it('lists damaged data next to good data and never removes it', () => {
    const good = createRecord(model, blank());
    storage.setItem(`${KEY_PREFIX}broken`, '{"storageVersion": 1, "id": "broken"');
    storage.setItem(`${KEY_PREFIX}foreign`, JSON.stringify({ hello: 'world' }));
    const list = listAssessments(model);
    expect(list.map((r) => [r.id, r.ok]).sort()).toEqual(
      [
        [good.id, true],
        ['broken', false],
        ['foreign', false],
      ].sort(),
    );
    const broken = list.find((r) => r.id === 'broken');
    expect(broken && !broken.ok && broken.raw).toBe('{"storageVersion": 1, "id": "broken"');
    expect(broken && !broken.ok && broken.problems[0]?.code).toBe('not-json');
    expect(storage.getItem(`${KEY_PREFIX}broken`)).not.toBeNull();
    expect(storage.getItem(`${KEY_PREFIX}foreign`)).toBe('{"hello":"world"}');
  });

  it('names the path of a wrong value inside a stored assessment', () => {
    const record = createRecord(model, blank());
    const raw = JSON.parse(storage.getItem(KEY_PREFIX + record.id) ?? '');
    raw.assessment.organisation.sector = 'piracy';
    storage.setItem(KEY_PREFIX + record.id, JSON.stringify(raw));
    const read = readAssessment(model, record.id);
    expect(read && !read.ok && read.problems.map((p) => p.path)).toContain(
      'assessment.organisation.sector',
    );
  });

  it('refuses to write an invalid assessment and keeps the saved one', () => {
    const record = createRecord(model, blank());
    const bad = { ...record, assessment: { ...record.assessment, period: 'last year' } };
    expect(() => writeAssessment(model, bad)).toThrow(StorageError);
    const read = readAssessment(model, record.id);
    expect(read?.ok && read.record.assessment.period).toBe('2026-Q4');
  });

  it('reports a full browser storage as a quota problem and keeps the saved version', () => {
    const record = createRecord(model, blank());
    storage.quota = (storage.getItem(KEY_PREFIX + record.id) ?? '').length + 10;
    const bigger = structuredClone(record);
    bigger.assessment.notes['data.source'] = 'x'.repeat(500);
    expect(() => writeAssessment(model, bigger)).toThrow(
      expect.objectContaining({ reason: 'quota' }),
    );
    const read = readAssessment(model, record.id);
    expect(read?.ok && read.record.assessment.notes).toEqual({});
  });

  it('gives a new assessment an organisation id and keeps the one an assessment has', () => {
    const fresh = createRecord(model, blank());
    expect(fresh.assessment.organisation.id).toMatch(/^o-/);
    const kept = createRecord(model, fresh.assessment);
    expect(kept.assessment.organisation.id).toBe(fresh.assessment.organisation.id);
  });

  it('makes a copy an organisation of its own', () => {
    const record = createRecord(model, blank());
    const copy = duplicateRecord(model, record, 'Copy');
    expect(copy.assessment.organisation.id).not.toBe(record.assessment.organisation.id);
  });

  it('duplicates under a new id and name, and deletes one without touching the other', () => {
    const record = createRecord(model, blank());
    const copy = duplicateRecord(model, record, 'Copy');
    expect(copy.id).not.toBe(record.id);
    expect(copy.assessment.organisation.name).toBe('Copy');
    deleteAssessment(record.id);
    expect(listAssessments(model).map((r) => r.id)).toEqual([copy.id]);
  });

  it('opens a stored 2026.1 assessment migrated, and stores it migrated when it is next saved', () => {
    const raw = JSON.stringify({
      storageVersion: 1,
      id: 'older',
      createdAt: '2026-05-01T10:00:00.000Z',
      updatedAt: '2026-05-01T10:00:00.000Z',
      step: 'scope',
      assessment: JSON.parse(
        readFileSync('src/domain/schemas/fixtures/assessment-2026.1.json', 'utf8'),
      ),
    });
    storage.setItem(`${KEY_PREFIX}older`, raw);
    const read = readAssessment(model, 'older');
    if (!read?.ok) throw new Error(JSON.stringify(read));
    expect(read.record.assessment.modelVersion).toBe(model.version);
    expect(read.record.assessment.outOfScope?.stages).toEqual(['incidents']);
    expect(storage.getItem(`${KEY_PREFIX}older`)).toBe(raw);

    writeAssessment(model, read.record);
    const stored = JSON.parse(storage.getItem(`${KEY_PREFIX}older`) ?? '');
    expect(stored.assessment.modelVersion).toBe(model.version);
    expect(stored.assessment.outOfScope.stages).toEqual(['incidents']);
  });

  it('shows a stored assessment with an id the model does not know as damaged, and keeps it', () => {
    const record = createRecord(model, blank());
    const raw = JSON.parse(storage.getItem(KEY_PREFIX + record.id) ?? '');
    raw.assessment.maturity['ownership.foo'] = 3;
    storage.setItem(KEY_PREFIX + record.id, JSON.stringify(raw));
    const [entry] = listAssessments(model);
    expect(entry && !entry.ok && entry.problems).toEqual([
      expect.objectContaining({
        code: 'unknown-question',
        path: 'assessment.maturity["ownership.foo"]',
      }),
    ]);
    expect(entry && !entry.ok && entry.raw).toBe(JSON.stringify(raw));
    expect(storage.getItem(KEY_PREFIX + record.id)).toBe(JSON.stringify(raw));
  });

  it('refuses to write an id the model does not know and keeps the saved version', () => {
    const record = createRecord(model, blank());
    const bad = structuredClone(record);
    bad.assessment.raci['data.nope'] = {};
    expect(() => writeAssessment(model, bad)).toThrow(/raci\["data\.nope"\]/);
    const read = readAssessment(model, record.id);
    expect(read?.ok && read.record.assessment.raci).toEqual({});
  });

  it('opens the example files', () => {
    for (const name of [
      'bank-fragmented',
      'government-agency',
      'telecom-controlled',
      'gulf-islamic-bank',
    ]) {
      const text = readFileSync(`examples/${name}.json`, 'utf8');
      const record = createRecord(model, JSON.parse(text));
      expect(readAssessment(model, record.id)?.ok, name).toBe(true);
    }
  });
});

const stored = (id: string): Record<string, unknown> =>
  JSON.parse(storage.getItem(KEY_PREFIX + id) ?? 'null') as Record<string, unknown>;

describe('revisions between pages', () => {
  it('counts every write, starting from one', () => {
    const record = createRecord(model, blank());
    expect(record.revision).toBe(1);
    const next = writeAssessment(model, { ...record, step: 'teams' });
    expect(next.revision).toBe(2);
    expect(stored(record.id)['revision']).toBe(2);
  });

  it('refuses a write from a page holding an older revision and keeps the newer one', () => {
    const first = createRecord(model, blank());
    const other = structuredClone(first);
    const newer = structuredClone(first);
    newer.assessment.notes['data.source'] = 'from the first tab';
    writeAssessment(model, newer);
    other.assessment.organisation.name = 'stale tab';
    expect(() => writeAssessment(model, other)).toThrow(
      expect.objectContaining({ reason: 'conflict' }),
    );
    const read = readAssessment(model, first.id);
    expect(read?.ok && read.record.assessment.notes).toEqual({
      'data.source': 'from the first tab',
    });
  });

  it('refuses to re-create a record deleted elsewhere, until the page restores it on purpose', () => {
    const record = createRecord(model, blank());
    deleteAssessment(record.id);
    expect(() => writeAssessment(model, record)).toThrow(
      expect.objectContaining({ reason: 'deleted' }),
    );
    expect(storage.getItem(KEY_PREFIX + record.id)).toBeNull();
    const restored = restoreAssessment(model, record);
    expect(restored.revision).toBe(2);
    expect(readAssessment(model, record.id)?.ok).toBe(true);
    expect(() => restoreAssessment(model, record)).toThrow(
      expect.objectContaining({ reason: 'conflict' }),
    );
  });

  it('reads a record stored before revisions existed as revision 0, and writes over it', () => {
    const record = createRecord(model, blank());
    const old = stored(record.id);
    delete old['revision'];
    storage.setItem(KEY_PREFIX + record.id, JSON.stringify(old));
    const read = readAssessment(model, record.id);
    if (!read?.ok) throw new Error('an old record should read');
    expect(read.record.revision).toBe(0);
    expect(writeAssessment(model, read.record).revision).toBe(1);
  });

  it('refuses to write over an entry that can no longer be read, and keeps it', () => {
    const record = createRecord(model, blank());
    storage.setItem(KEY_PREFIX + record.id, '{"broken"');
    expect(() => writeAssessment(model, record)).toThrow(
      expect.objectContaining({ reason: 'conflict' }),
    );
    expect(storage.getItem(KEY_PREFIX + record.id)).toBe('{"broken"');
  });
});

describe('entries that are not what their key says', () => {
  it('shows an entry whose stored id differs from its key as damaged, never as the other assessment', () => {
    const a = createRecord(model, blank());
    const copy = { ...stored(a.id), id: 'someone-else' };
    storage.setItem(`${KEY_PREFIX}misplaced`, JSON.stringify(copy));
    const read = readAssessment(model, 'misplaced');
    expect(read?.ok).toBe(false);
    expect(read && !read.ok && read.problems[0]).toMatchObject({
      code: 'id-mismatch',
      params: { found: 'someone-else', expected: 'misplaced' },
    });
    deleteAssessment('misplaced');
    expect(readAssessment(model, a.id)?.ok).toBe(true);
  });

  it('says a newer version of the tool stored an entry, and neither reads nor writes over it', () => {
    const record = createRecord(model, blank());
    const newer = JSON.stringify({ ...stored(record.id), storageVersion: 2 });
    storage.setItem(KEY_PREFIX + record.id, newer);
    const read = readAssessment(model, record.id);
    expect(read && !read.ok && read.problems).toEqual([
      expect.objectContaining({ code: 'storage-too-new', params: { found: 2, supported: 1 } }),
    ]);
    expect(() => writeAssessment(model, record)).toThrow(
      expect.objectContaining({ reason: 'newer' }),
    );
    expect(storage.getItem(KEY_PREFIX + record.id)).toBe(newer);
  });
});

describe('blocked storage', () => {
  it('says storage is unavailable instead of throwing a browser error', () => {
    createRecord(model, blank());
    storage.blocked = true;
    expect(storageAvailable()).toBe(false);
    expect(() => listAssessments(model)).toThrow(
      expect.objectContaining({ reason: 'unavailable' }),
    );
    expect(() => createRecord(model, blank())).toThrow(StorageError);
  });

  it('says so when the browser refuses even to hand out its storage', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(storageAvailable()).toBe(false);
    expect(() => readAssessment(model, 'x')).toThrow(
      expect.objectContaining({ reason: 'unavailable' }),
    );
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      writable: true,
      value: storage,
    });
  });
});

describe('following changes', () => {
  it('tells listeners on this page about writes and deletes', () => {
    const seen: RecordsChange[] = [];
    const stop = onRecordsChanged((change) => seen.push(change));
    const record = createRecord(model, blank());
    deleteAssessment(record.id);
    stop();
    createRecord(model, blank());
    expect(seen).toEqual([
      { id: record.id, elsewhere: false },
      { id: record.id, elsewhere: false },
    ]);
  });

  it('tells listeners about changes another tab made, through the storage event', () => {
    const page = new EventTarget();
    const global = globalThis as unknown as Record<string, unknown>;
    global['addEventListener'] = page.addEventListener.bind(page);
    try {
      const seen: RecordsChange[] = [];
      const stop = onRecordsChanged((change) => seen.push(change));
      const event = (key: string | null): Event => Object.assign(new Event('storage'), { key });
      page.dispatchEvent(event(`${KEY_PREFIX}abc`));
      page.dispatchEvent(event('some-other-key'));
      page.dispatchEvent(event(null));
      stop();
      expect(seen).toEqual([
        { id: 'abc', elsewhere: true },
        { id: null, elsewhere: true },
      ]);
    } finally {
      delete global['addEventListener'];
    }
  });

  it('measures the space an entry takes, key included', () => {
    storage.setItem(`${KEY_PREFIX}x`, '12345');
    expect(storedSize('x')).toBe(`${KEY_PREFIX}x`.length + 5);
  });
});

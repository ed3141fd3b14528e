import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MemoryStorage } from './memory-storage';
import {
  createRecord,
  deleteAssessment,
  duplicateRecord,
  KEY_PREFIX,
  listAssessments,
  readAssessment,
  StorageError,
  writeAssessment,
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

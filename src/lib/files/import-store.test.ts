import { beforeEach, describe, expect, it } from 'vitest';
import { makeBackup } from '../../domain/schemas/backup';
import { toModelIds } from '../../domain/schemas/model-check';
import { loadExample, loadShippedModel } from '../../domain/roadmap/shipped-model';
import { createRecord, listAssessments } from '../storage/assessment-repo';
import { MemoryStorage } from '../storage/memory-storage';
import { unlockFile } from './import';
import { importFiles, type Choice, type ImportQuestions } from './import-store';
import { protectText } from './protect';

const model = toModelIds(loadShippedModel());
const bank = loadExample('bank');
const telecom = loadExample('telecom');
const government = loadExample('government');
let storage: MemoryStorage;

const file = (name: string, value: unknown): File =>
  new File([typeof value === 'string' ? value : JSON.stringify(value)], name);
const answering = (choice: Choice, passphrase = ''): ImportQuestions & { asked: string[] } => {
  const asked: string[] = [];
  return {
    asked,
    resolve: (incoming, stored) => {
      asked.push(`${incoming.organisation.name} vs ${stored.id}`);
      return Promise.resolve(choice);
    },
    unlock: async (_name, envelope) => {
      for (;;) {
        const opened = await unlockFile(envelope, passphrase, model);
        if (opened.status !== 'wrong') return opened;
        if (passphrase === '') return null;
        passphrase = '';
      }
    },
  };
};
const names = () =>
  listAssessments(model).flatMap((r) => (r.ok ? [r.record.assessment.organisation.name] : []));
const snapshot = () =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '')
    .sort()
    .map((key) => [key, storage.getItem(key)]);

beforeEach(() => {
  storage = new MemoryStorage();
  globalThis.localStorage = storage;
});

describe('importing files', () => {
  it('stores every assessment of several files and of a backup', async () => {
    const report = await importFiles(
      [file('bank.json', bank), file('all.json', makeBackup([telecom, government], new Date()))],
      model,
      answering('cancel'),
    );
    expect(report.files.map((f) => [f.kind, f.stored.length])).toEqual([
      ['assessment', 1],
      ['backup', 2],
    ]);
    expect(names().sort()).toEqual(
      [bank, telecom, government].map((a) => a.organisation.name).sort(),
    );
  });

  it('replaces a matching assessment in place, keeping its id', async () => {
    const old = createRecord(model, { ...bank, maturity: {} });
    const questions = answering('replace');
    const report = await importFiles([file('bank.json', bank)], model, questions);
    expect(questions.asked).toEqual([`${bank.organisation.name} vs ${old.id}`]);
    expect(report.files[0]?.stored.map((r) => r.id)).toEqual([old.id]);
    const all = listAssessments(model);
    expect(all).toHaveLength(1);
    expect(all[0]?.ok && all[0].record.assessment.maturity).toEqual(bank.maturity);
    expect(all[0]?.ok && all[0].record.createdAt).toBe(old.createdAt);
  });

  it('keeps the organisation id of the record it replaces when the file has none', async () => {
    const old = createRecord(model, bank);
    const { id: _, ...unnamed } = bank.organisation;
    await importFiles(
      [file('bank.json', { ...bank, organisation: unnamed })],
      model,
      answering('replace'),
    );
    const [read] = listAssessments(model);
    expect(read?.ok && read.record.assessment.organisation.id).toBe(old.assessment.organisation.id);
  });

  it('keeps both when asked, storing a new copy beside the old one', async () => {
    const old = createRecord(model, bank);
    const report = await importFiles([file('bank.json', bank)], model, answering('keep-both'));
    expect(report.files[0]?.stored[0]?.id).not.toBe(old.id);
    expect(names()).toEqual([bank.organisation.name, bank.organisation.name]);
  });

  it('stores nothing and changes nothing when cancelled', async () => {
    createRecord(model, bank);
    const before = snapshot();
    const report = await importFiles([file('bank.json', bank)], model, answering('cancel'));
    expect(report.files[0]).toMatchObject({ skipped: 1, stored: [] });
    expect(snapshot()).toEqual(before);
  });

  it('asks again for an assessment that an earlier file of the same import stored', async () => {
    const questions = answering('cancel');
    await importFiles([file('a.json', bank), file('b.json', bank)], model, questions);
    expect(questions.asked).toHaveLength(1);
    expect(names()).toEqual([bank.organisation.name]);
  });

  it('opens a protected file with its passphrase; a wrong one changes nothing', async () => {
    const locked = await protectText(JSON.stringify(bank), 'open sesame');
    createRecord(model, telecom);
    const before = snapshot();
    const wrong = await importFiles([file('p.json', locked)], model, answering('cancel', 'nope'));
    expect(wrong.files[0]?.cancelled).toBe(true);
    expect(snapshot()).toEqual(before);
    await importFiles([file('p.json', locked)], model, answering('cancel', 'open sesame'));
    expect(names().sort()).toEqual([bank.organisation.name, telecom.organisation.name].sort());
  });

  it('refuses a broken file with its problems, storing nothing from it', async () => {
    createRecord(model, telecom);
    const before = snapshot();
    const report = await importFiles([file('x.json', '{')], model, answering('replace'));
    expect(report.files[0]).toMatchObject({ refused: true, stored: [] });
    expect(report.files[0]?.problems[0]?.code).toBe('not-json');
    expect(snapshot()).toEqual(before);
  });

  it('stops at a full storage and says so, keeping what was stored', async () => {
    await importFiles([file('a.json', bank)], model, answering('keep-both'));
    const before = snapshot();
    storage.quota = before.reduce((n, [, value]) => n + (value?.length ?? 0), 100);
    const report = await importFiles(
      [file('b.json', telecom), file('c.json', government)],
      model,
      answering('keep-both'),
    );
    expect(report.storageFailure).toBe('quota');
    expect(report.files.map((f) => f.file)).toEqual(['b.json']);
    expect(snapshot()).toEqual(before);
  });
});

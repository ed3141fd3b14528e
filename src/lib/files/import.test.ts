import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { makeBackup } from '../../domain/schemas/backup';
import { toModelIds } from '../../domain/schemas/model-check';
import { capProblems } from '../../domain/schemas/problems';
import { loadExample, loadShippedModel } from '../../domain/roadmap/shipped-model';
import {
  checkFileSize,
  MAX_IMPORT_BYTES,
  MAX_PROBLEMS_LISTED,
  readImportFile,
  readImportText,
  unlockFile,
  type FileReading,
} from './import';
import { protectText } from './protect';

const model = toModelIds(loadShippedModel());
const bank = loadExample('bank');
const telecom = loadExample('telecom');
const text = (value: unknown): string => JSON.stringify(value);
const problemsOf = (reading: FileReading | { status: 'wrong' }) =>
  reading.status === 'refused' ? reading.problems : [];
const namesOf = (reading: FileReading | { status: 'wrong' }) =>
  reading.status === 'read' ? reading.content.assessments.map((a) => a.organisation.name) : [];

describe('reading a file to import', () => {
  it('reads an assessment file', () => {
    const reading = readImportText(text(bank), model);
    expect(reading.status === 'read' && reading.content.kind).toBe('assessment');
    expect(namesOf(reading)).toEqual([bank.organisation.name]);
  });

  it('accepts a UTF-8 byte-order mark before the JSON', () => {
    expect(namesOf(readImportText(`\uFEFF${text(bank)}`, model))).toEqual([bank.organisation.name]);
  });

  it('refuses text that is not JSON, with a problem', () => {
    expect(problemsOf(readImportText('{ not json', model))[0]?.code).toBe('not-json');
  });

  it('migrates an assessment taken with an older model', () => {
    const old = readFileSync('src/domain/schemas/fixtures/assessment-2026.2.json', 'utf8');
    const reading = readImportText(old, model);
    expect(reading.status === 'read' && reading.content.assessments[0]?.migratedFrom).toBe(
      '2026.2',
    );
  });

  it('refuses a newer format version, saying the tool needs updating', () => {
    const [problem] = problemsOf(readImportText(text({ ...bank, formatVersion: 9 }), model));
    expect(problem?.code).toBe('too-new');
    expect(problem?.message).toMatch(/update the tool/);
  });

  it('refuses an unknown model version and an id the model does not know', () => {
    expect(
      problemsOf(readImportText(text({ ...bank, modelVersion: '2031.1' }), model))[0]?.code,
    ).toBe('unknown-model');
    const unknownQuestion = { ...bank, maturity: { ...bank.maturity, 'ownership.foo': 3 } };
    expect(problemsOf(readImportText(text(unknownQuestion), model))[0]?.code).toBe(
      'unknown-question',
    );
  });

  it('refuses a workshop where one participant answers twice', () => {
    const response = { participant: 'p1', maturity: {}, raci: {} };
    const twice = { ...bank, responses: [response, response] };
    expect(problemsOf(readImportText(text(twice), model)).map((p) => p.code)).toContain(
      'duplicate-participant',
    );
  });

  it('reads every good entry of a backup and names the broken one', () => {
    const backup = JSON.parse(text(makeBackup([bank, telecom, bank], new Date()))) as {
      assessments: Record<string, unknown>[];
    };
    backup.assessments[1] = { ...backup.assessments[1], period: '2026-Q9' };
    const reading = readImportText(text(backup), model);
    expect(reading.status === 'read' && reading.content.kind).toBe('backup');
    expect(namesOf(reading)).toEqual([bank.organisation.name, bank.organisation.name]);
    expect(reading.status === 'read' && reading.content.problems[0]?.path).toBe(
      'assessments[1].period',
    );
  });

  it('refuses a backup whose entries are all broken, or that holds none', () => {
    const broken = { ...makeBackup([], new Date()), assessments: [{ format: 'x' }] };
    expect(problemsOf(readImportText(text(broken), model))[0]?.path).toBe('assessments[0].format');
    expect(problemsOf(readImportText(text(makeBackup([], new Date())), model))[0]?.path).toBe(
      'assessments',
    );
  });

  it('refuses a file larger than 5 MB before reading it, giving both sizes', async () => {
    const big = new Blob([' '.repeat(MAX_IMPORT_BYTES + 1)]);
    const [problem] = problemsOf(await readImportFile(big, model));
    expect(problem?.code).toBe('too-large');
    expect(problem?.params).toEqual({ size: '5.0', max: '5.0' });
    expect(checkFileSize(6 * 1024 * 1024)[0]?.params?.['size']).toBe('6.0');
    expect(checkFileSize(MAX_IMPORT_BYTES)).toEqual([]);
  });

  it('reads a chosen file with a byte-order mark', async () => {
    const file = new File([`\uFEFF${text(bank)}`], 'bank.json');
    expect(namesOf(await readImportFile(file, model))).toEqual([bank.organisation.name]);
  });

  it('lists at most ten problems of a file and counts the rest', () => {
    const problems = Array.from({ length: 25 }, (_, i) => ({
      path: `x[${i}]`,
      code: 'value' as const,
      message: 'bad',
    }));
    const { listed, more } = capProblems(problems, MAX_PROBLEMS_LISTED);
    expect(listed.map((p) => p.path)).toEqual(problems.slice(0, 10).map((p) => p.path));
    expect(more).toBe(15);
    expect(capProblems(problems.slice(0, 3), MAX_PROBLEMS_LISTED).more).toBe(0);
  });
});

describe('reading a protected file', () => {
  it('asks for the passphrase, then reads the assessment inside', async () => {
    const reading = readImportText(await protectText(text(bank), 'correct horse'), model);
    expect(reading.status).toBe('locked');
    if (reading.status !== 'locked') return;
    expect((await unlockFile(reading.envelope, 'wrong horse', model)).status).toBe('wrong');
    expect(namesOf(await unlockFile(reading.envelope, 'correct horse', model))).toEqual([
      bank.organisation.name,
    ]);
  });

  it('reads a protected backup, entry by entry', async () => {
    const protectedBackup = await protectText(text(makeBackup([bank, telecom], new Date())), 'pw');
    const reading = readImportText(protectedBackup, model);
    const opened =
      reading.status === 'locked' ? await unlockFile(reading.envelope, 'pw', model) : reading;
    expect(opened.status === 'read' && opened.content.kind).toBe('backup');
    expect(namesOf(opened)).toEqual([bank.organisation.name, telecom.organisation.name]);
  });

  it('refuses a damaged envelope with problems, and one that protects a protected file', async () => {
    const envelope = JSON.parse(await protectText(text(bank), 'pw')) as Record<string, unknown>;
    const damaged = await unlockFile({ ...envelope, cipher: { name: 'AES-GCM' } }, 'pw', model);
    expect(problemsOf(damaged)[0]?.path).toBe('cipher.iv');
    const undecodable = await unlockFile(
      { ...envelope, kdf: { ...(envelope['kdf'] as object), salt: 'A'.repeat(25) } },
      'pw',
      model,
    );
    expect(problemsOf(undecodable)[0]?.code).toBe('wrong-format');
    const twice = await protectText(await protectText(text(bank), 'pw'), 'pw');
    const outer = JSON.parse(twice) as unknown;
    expect(problemsOf(await unlockFile(outer, 'pw', model))[0]?.code).toBe('wrong-format');
  });
});

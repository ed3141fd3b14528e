import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../domain/schemas/assessment';
import { parseBackup } from '../../domain/schemas/backup';
import { parseAssessmentText } from '../../domain/schemas/parse-assessment';
import { toModelIds } from '../../domain/schemas/model-check';
import { loadModel } from '../model/load-model';
import {
  assessmentFile,
  assessmentFileName,
  assessmentSlug,
  backupFile,
  backupFileName,
  csvFileName,
  protectedFileName,
  sealFile,
  slugify,
  unsavedAssessmentFile,
} from './export';
import { unprotectFile } from './protect';

const model = toModelIds(loadModel());

function example(name: string): Assessment {
  const read = parseAssessmentText(readFileSync(`examples/${name}.json`, 'utf8'), model);
  if (!read.ok) throw new Error(`${name} does not parse`);
  return read.value;
}

const named = (name: string, id?: string): Assessment => {
  const a = example('telecom-controlled');
  const { id: _drop, ...organisation } = a.organisation;
  return { ...a, organisation: { ...organisation, name, ...(id ? { id } : {}) } };
};

describe('file names', () => {
  it('slug the organisation and add the period', () => {
    expect(assessmentFileName(named('Example Telecom'))).toBe(
      `ccm-example-telecom-${named('x').period}.json`,
    );
  });

  it('transliterate Latin accents away and keep only ASCII letters, digits and dashes', () => {
    expect(slugify('Société Générale & Fils')).toBe('societe-generale-fils');
    expect(slugify('Straße Øresund Łódź')).toBe('strasse-oresund-lodz');
    expect(slugify('  --Ünïcødé--  ')).toBe('unicode');
    expect(slugify('Bank/../../etc?:*"<>|')).toBe('bank-etc');
  });

  it('drop Arabic and other scripts, and mix what ASCII remains', () => {
    expect(slugify('مصرف الدانة الإسلامي')).toBe('');
    expect(slugify('مصرف ABC الإسلامي ٢٠٢٦')).toBe('abc');
  });

  it('fall back on the organisation id, then on "assessment", when no ASCII remains', () => {
    expect(assessmentSlug(named('مصرف الدانة', 'al-dana-bank'))).toBe('al-dana-bank');
    expect(assessmentSlug(named('مصرف الدانة'))).toBe('assessment');
    expect(assessmentSlug(named(''))).toBe('assessment');
  });

  it('stay short for a very long name', () => {
    expect(assessmentSlug(named('a'.repeat(60) + ' bank')).length).toBeLessThanOrEqual(48);
    expect(slugify(`${'ab-'.repeat(16)}x`)).not.toMatch(/-$/);
  });

  it('name the CSV tables, the backup and a protected file', () => {
    const a = named('Example Telecom');
    expect(csvFileName(a, 'raci')).toBe(`ccm-example-telecom-${a.period}-raci.csv`);
    expect(csvFileName(a, 'answers')).toBe(`ccm-example-telecom-${a.period}-answers.csv`);
    expect(backupFileName(new Date(2026, 10, 28, 23, 59))).toBe('ccm-backup-2026-11-28.json');
    expect(backupFileName(new Date(2027, 0, 5))).toBe('ccm-backup-2027-01-05.json');
    expect(protectedFileName('ccm-x-2026-Q4.json')).toBe('ccm-x-2026-Q4-protected.json');
  });
});

describe('an exported assessment', () => {
  it('reads back through the import as the same assessment, Arabic name inside', () => {
    for (const name of ['gulf-islamic-bank', 'bank-fragmented', 'telecom-controlled']) {
      const a = example(name);
      const file = assessmentFile(a, model);
      if (!file.ok) throw new Error('not exported');
      expect(parseAssessmentText(file.value.text, model)).toEqual({ ok: true, value: a });
      expect(file.value.text).toContain(a.organisation.name);
    }
  });

  it('is pretty JSON with the format first and nothing of the browser storage', () => {
    const file = assessmentFile(example('bank-fragmented'));
    if (!file.ok) throw new Error('not exported');
    expect(file.value.text).toMatch(
      /^\{\n {2}"format": "ccm-assessment",\n {2}"formatVersion": 1,/,
    );
    const keys = Object.keys(JSON.parse(file.value.text) as object);
    expect(keys).not.toContain('storageVersion');
    expect(keys).not.toContain('step');
  });

  it('writes keys in the schema order whatever order the draft holds them in', () => {
    const a = example('bank-fragmented');
    const shuffled = Object.fromEntries(Object.entries(a).reverse()) as Assessment;
    const [first, second] = [a, shuffled].map((x) => assessmentFile(x));
    expect(second).toEqual(first);
  });

  it('is refused with its problems when the draft breaks the format', () => {
    const broken = { ...example('bank-fragmented'), period: '2026-Q9' };
    const file = assessmentFile(broken);
    expect(file.ok).toBe(false);
    if (!file.ok) expect(file.problems[0]?.path).toBe('period');
  });

  it('keeps unsaved work as it stands, even a half-typed field the format would refuse', () => {
    const draft = { ...example('bank-fragmented'), period: '2026-Q' };
    const file = unsavedAssessmentFile(draft);
    expect(JSON.parse(file.text)).toEqual(draft);
    expect(file.name).toMatch(/^ccm-[a-z0-9-]+-2026-Q\.json$/);
  });
});

describe('a backup', () => {
  it('holds each assessment exactly as its own export, and each entry parses', () => {
    const all = ['bank-fragmented', 'gulf-islamic-bank', 'government-agency'].map(example);
    const now = new Date('2026-11-28T09:30:00Z');
    const { file, leftOut } = backupFile(all, now);
    expect(leftOut).toBe(0);
    expect(file.name).toBe(backupFileName(now));
    const backup = JSON.parse(file.text) as { exportedAt: string; assessments: unknown[] };
    expect(backup.exportedAt).toBe('2026-11-28T09:30:00.000Z');
    backup.assessments.forEach((entry, i) => {
      const alone = assessmentFile(all[i] as Assessment);
      if (!alone.ok) throw new Error('not exported');
      expect(entry).toEqual(JSON.parse(alone.value.text));
    });
    const read = parseBackup(backup, model);
    expect(read.ok && read.value.map((entry) => entry.ok)).toEqual([true, true, true]);
  });

  it('leaves out an assessment the format refuses, and counts it', () => {
    const good = example('bank-fragmented');
    const { file, leftOut } = backupFile([good, { ...good, period: 'soon' }], new Date());
    expect(leftOut).toBe(1);
    expect((JSON.parse(file.text) as { assessments: unknown[] }).assessments).toHaveLength(1);
  });
});

describe('sealing a file', () => {
  const file = { name: 'ccm-bank-2026-Q4.json', text: '{"organisation":{"name":"مصرف"}}' };

  it('leaves it as it is without a passphrase', async () => {
    expect(await sealFile(file, '')).toBe(file);
  });

  it('encrypts it under a passphrase, naming it as protected, and opens with that passphrase', async () => {
    const sealed = await sealFile(file, 'correct horse');
    expect(sealed.name).toBe('ccm-bank-2026-Q4-protected.json');
    expect(sealed.text).not.toContain('organisation');
    expect(await unprotectFile(JSON.parse(sealed.text), 'correct horse')).toEqual({
      ok: true,
      text: file.text,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { loadExample, loadShippedModel } from '../roadmap/shipped-model';
import { isBackup, makeBackup, parseBackup } from './backup';
import { toModelIds } from './model-check';

const model = toModelIds(loadShippedModel());
const bank = loadExample('bank');
const telecom = loadExample('telecom');
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('backups', () => {
  it('read back every assessment they were made of, in order', () => {
    const backup = roundTrip(makeBackup([bank, telecom], new Date('2026-11-28T09:00:00Z')));
    expect(isBackup(backup)).toBe(true);
    const read = parseBackup(backup, model);
    expect(read.ok && read.value.map((r) => r.ok && r.value.organisation.name)).toEqual([
      bank.organisation.name,
      telecom.organisation.name,
    ]);
  });

  it('keep the good assessments when one is broken, naming the broken entry', () => {
    const backup = roundTrip(makeBackup([bank, telecom], new Date())) as {
      assessments: Record<string, unknown>[];
    };
    backup.assessments[0] = { ...backup.assessments[0], period: '2026-Q9' };
    const read = parseBackup(backup, model);
    expect(read.ok).toBe(true);
    const [first, second] = read.ok ? read.value : [];
    expect(first?.ok).toBe(false);
    expect(!first?.ok && first?.problems[0]?.path).toBe('assessments[0].period');
    expect(second?.ok).toBe(true);
  });

  it('are refused whole when the envelope is wrong or newer than the tool', () => {
    expect(parseBackup({ format: 'ccm-backup', assessments: 'all' }).ok).toBe(false);
    const newer = { ...makeBackup([bank], new Date()), formatVersion: 2 };
    const read = parseBackup(roundTrip(newer), model);
    expect(!read.ok && read.problems[0]?.code).toBe('too-new');
  });

  it('are not mistaken for other files', () => {
    expect(isBackup(bank)).toBe(false);
    expect(isBackup(null)).toBe(false);
    expect(isBackup([{ format: 'ccm-backup' }])).toBe(false);
  });
});

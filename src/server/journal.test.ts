import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRecord } from '../domain/testing/workshop-room';
import type { ParticipantRecord, WorkshopRecord } from '../domain/workshop/room/record';
import {
  journalGeneration,
  journalName,
  JournalWriter,
  readJournal,
  replayJournal,
} from './journal';
import { tempDataDir } from './testing/test-server';

const data = tempDataDir();
afterAll(() => data.remove());

const someone = (revision: number): ParticipantRecord => ({
  tokenHash: 'f'.repeat(64),
  joinedAt: '2026-11-28T12:00:00.000Z',
  revision,
  answers: { maturity: { 'ownership.owner': revision > 2 ? 4 : 2 }, raci: {} },
});

describe('a workshop journal', () => {
  it('names one file per generation and reads the generation back', () => {
    expect(journalName('abc', 3)).toBe('abc.journal-3.jsonl');
    expect(journalGeneration('abc', 'abc.journal-3.jsonl')).toBe(3);
    expect(journalGeneration('abc', 'abd.journal-3.jsonl')).toBeNull();
    expect(journalGeneration('abc', 'abc.json')).toBeNull();
  });

  it('appends lines that read back, however many wait at once', async () => {
    const writer = new JournalWriter((g) => join(data.dir, journalName('w', g)), 0);
    await Promise.all([1, 2, 3].map((r) => writer.append(`p${r}`, someone(r))));
    const read = readJournal(readFileSync(join(data.dir, journalName('w', 0)), 'utf8'));
    expect(read.damaged).toBe(0);
    expect(read.entries.map((e) => e.participant)).toEqual(['p1', 'p2', 'p3']);
    expect(writer.rotate()).toBe(0);
    expect(writer.generation).toBe(1);
  });

  it('ignores a last line a crash cut short, and counts lines that do not read', () => {
    const line = JSON.stringify({ participant: 'p1', record: someone(1) });
    expect(readJournal(`${line}\n{"participant":"p2","rec`)).toMatchObject({ damaged: 0 });
    expect(readJournal(`${line}\nnot json\n{"participant":1}\n`).damaged).toBe(2);
  });

  it('replays later revisions over the record and never goes back to an earlier one', () => {
    const record: WorkshopRecord = { ...buildRecord(), participants: { p1: someone(2) } };
    const applied = replayJournal(record, [
      { participant: 'p1', record: someone(1) },
      { participant: 'p1', record: someone(3) },
      { participant: 'p2', record: someone(0) },
    ]);
    expect(applied).toBe(2);
    expect(record.participants['p1']?.revision).toBe(3);
    expect(record.participants['p2']?.revision).toBe(0);
  });
});

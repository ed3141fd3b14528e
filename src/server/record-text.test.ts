import { describe, expect, it } from 'vitest';
import { buildRecord } from '../domain/testing/workshop-room';
import type { ParticipantRecord } from '../domain/workshop/room/record';
import { recordSerialiser } from './record-text';

const participant = (revision: number): ParticipantRecord => ({
  tokenHash: 'e'.repeat(64),
  joinedAt: '2026-11-28T12:00:00.000Z',
  name: 'Quote " and <tag>',
  revision,
  answers: { maturity: { 'ownership.owner': 2 }, raci: { 'data.source': { it: 'A' } } },
});

describe('the workshop file’s text', () => {
  it('reads back as the record, with and without participants', () => {
    const serialise = recordSerialiser();
    const empty = buildRecord();
    expect(JSON.parse(serialise(empty))).toEqual(empty);
    const full = { ...buildRecord(), participants: { p1: participant(1), 'p"2': participant(0) } };
    expect(JSON.parse(serialise(full))).toEqual(full);
  });

  it('follows a participant’s new answers once their revision moves on', () => {
    const serialise = recordSerialiser();
    const someone = participant(1);
    const record = { ...buildRecord(), participants: { p1: someone } };
    serialise(record);
    someone.answers = { maturity: { 'ownership.owner': 5 }, raci: {} };
    someone.revision = 2;
    expect(JSON.parse(serialise(record))).toEqual(record);
  });
});

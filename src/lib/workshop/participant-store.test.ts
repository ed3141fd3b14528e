import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../storage/memory-storage';
import {
  participantKey,
  readParticipant,
  writeParticipant,
  type ParticipantEntry,
} from './participant-store';

const memoryStorage = (): Storage => new MemoryStorage();

const entry: ParticipantEntry = {
  participantId: 'p1',
  token: 'token',
  answers: {
    maturity: { 'data.truth': 3 },
    raci: { 'data.collect': { it: 'A' }, 'content.write': 'unknown' },
  },
  queue: 2,
  position: 4,
};

describe("a participant's place in a workshop", () => {
  it('is kept per join code, whatever case the code was typed in', () => {
    const storage = memoryStorage();
    expect(writeParticipant('abc234', entry, storage)).toBe(true);
    expect(readParticipant('ABC234', storage)).toEqual(entry);
    expect(participantKey(' abc234 ')).toBe('ccm:workshop-participant:ABC234');
  });

  it('is read as nothing when damaged', () => {
    const storage = memoryStorage();
    storage.setItem(participantKey('X'), JSON.stringify({ ...entry, queue: -1 }));
    expect(readParticipant('X', storage)).toBeNull();
    storage.setItem(participantKey('X'), '{');
    expect(readParticipant('X', storage)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { readTracking, rollUpTracking, showsEffect, writeTracking } from './track-actions';

describe('readTracking', () => {
  it('reads a missing entry as not started', () => {
    expect(readTracking(undefined)).toEqual({ status: 'not-started' });
  });

  it('reads the short form and the full form alike', () => {
    expect(readTracking('done')).toEqual({ status: 'done' });
    expect(readTracking({ status: 'in-progress', due: '2027-03-31' })).toEqual({
      status: 'in-progress',
      due: '2027-03-31',
    });
  });
});

describe('writeTracking', () => {
  it('writes the status alone when nothing else is set', () => {
    expect(writeTracking({ status: 'done', owner: '', due: '', comment: '  ' })).toBe('done');
  });

  it('writes the object without its empty fields otherwise', () => {
    expect(
      writeTracking({ status: 'in-progress', owner: 'it', due: '', comment: ' late ' }),
    ).toEqual({ status: 'in-progress', owner: 'it', comment: 'late' });
  });

  it('round-trips what it reads', () => {
    const full = { status: 'done', owner: 'it', due: '2027-01-15', comment: 'signed off' } as const;
    expect(writeTracking(readTracking(full))).toEqual(full);
    expect(writeTracking(readTracking('in-progress'))).toBe('in-progress');
  });
});

describe('showsEffect', () => {
  it('holds when every lifted question reaches its level and no flag is raised', () => {
    expect(showsEffect({ evidence: [{ question: 'q', answer: 3, level: 3 }], flags: [] })).toBe(
      true,
    );
  });

  it('fails while a lifted question is below its level, unknown or unanswered', () => {
    for (const answer of [2, 'unknown', null] as const)
      expect(showsEffect({ evidence: [{ question: 'q', answer, level: 3 }], flags: [] })).toBe(
        false,
      );
  });

  it('fails while a flag it resolves is still raised', () => {
    expect(showsEffect({ evidence: [], flags: ['orphaned'] })).toBe(false);
  });
});

describe('rollUpTracking', () => {
  const today = '2026-11-28';

  it('counts done, done but not effective, and in progress', () => {
    expect(
      rollUpTracking(
        [
          { status: 'done', effective: false },
          { status: 'done', effective: true },
          { status: 'in-progress' },
          { status: 'not-started' },
        ],
        today,
      ),
    ).toEqual({ done: 2, notEffective: 1, inProgress: 1, overdue: 0 });
  });

  it('counts as overdue what is not done and due before today, not what is due today or done', () => {
    expect(
      rollUpTracking(
        [
          { status: 'in-progress', due: '2026-11-27' },
          { status: 'not-started', due: '2025-01-01' },
          { status: 'not-started', due: today },
          { status: 'done', effective: true, due: '2026-01-01' },
        ],
        today,
      ).overdue,
    ).toBe(2);
  });
});

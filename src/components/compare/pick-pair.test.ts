import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseAssessment } from '../../domain/schemas/parse-assessment';
import type { Assessment } from '../../domain/schemas/assessment';
import { pickPair, type Choice } from './pick-pair';

function example(name: string): Assessment {
  const parsed = parseAssessment(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(name);
  return parsed.value;
}
const bank = example('bank-fragmented');
const telecom = example('telecom-controlled');
const choice = (id: string, assessment: Assessment): Choice => ({ id, assessment });

describe('pickPair', () => {
  it('keeps the pair the address names when both are saved', () => {
    const choices = [choice('a', bank), choice('b', telecom)];
    expect(pickPair(choices, 'b', 'a')).toEqual({ before: 'b', after: 'a' });
  });

  it('compares the newest period with the quarter it was started from', () => {
    const next = {
      ...bank,
      period: '2026-Q4',
      previous: { period: '2026-Q3', assessmentId: 'q3' },
    };
    const choices = [
      choice('other', { ...telecom, period: '2026-Q3' }),
      choice('q3', bank),
      choice('q4', next),
    ];
    expect(pickPair(choices, null, null)).toEqual({ before: 'q3', after: 'q4' });
  });

  it('otherwise takes the same organisation’s earlier period, then any other assessment', () => {
    const later = { ...bank, period: '2027-Q1' };
    expect(
      pickPair([choice('t', telecom), choice('b', bank), choice('l', later)], null, 'gone'),
    ).toEqual({
      before: 'b',
      after: 'l',
    });
    expect(
      pickPair([choice('t', telecom), choice('b', { ...bank, period: '2026-Q2' })], null, null),
    ).toEqual({
      before: 'b',
      after: 't',
    });
  });

  it('has nothing to pick from an empty list', () => {
    expect(pickPair([], null, null)).toEqual({ before: '', after: '' });
  });
});

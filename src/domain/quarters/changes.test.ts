import { describe, expect, it } from 'vitest';
import { buildAssessment } from '../testing/fixtures';
import { countAnswerChanges, findAnswerChanges } from './changes';

const before = buildAssessment({
  maturity: { 'own.1': 2, 'own.2': 'unknown', 'gov.1': 3 },
  raci: { 'data.collect': { it: 'RA', marketing: 'C' }, 'review.approve': 'unknown' },
});
const copy = (): typeof before => structuredClone(before);

describe('countAnswerChanges', () => {
  it('counts nothing when every answer is confirmed as it was', () => {
    expect(countAnswerChanges(before, copy())).toBe(0);
  });

  it('counts each question whose answer changed, was given or was cleared', () => {
    const after = copy();
    after.maturity['own.1'] = 3;
    after.maturity['dig.1'] = 4;
    delete after.maturity['gov.1'];
    expect(findAnswerChanges(before, after).questions).toEqual(['dig.1', 'gov.1', 'own.1']);
  });

  it('counts each RACI cell that changed, not the whole row', () => {
    const after = copy();
    after.raci['data.collect'] = { it: 'R', marketing: 'C', ccm: 'A' };
    expect(findAnswerChanges(before, after).raci).toEqual([
      { activity: 'data.collect', team: 'ccm' },
      { activity: 'data.collect', team: 'it' },
    ]);
  });

  it('counts a row once when it becomes or stops being "don\'t know"', () => {
    const after = copy();
    after.raci['review.approve'] = { compliance: 'A' };
    after.raci['data.collect'] = 'unknown';
    expect(countAnswerChanges(before, after)).toBe(2);
  });

  it('counts a row once when "no one" is answered where there was no answer', () => {
    const after = copy();
    after.raci['content.author'] = {};
    expect(findAnswerChanges(before, after).raci).toEqual([
      { activity: 'content.author', team: null },
    ]);
  });

  it('adds questions and RACI cells together', () => {
    const after = copy();
    after.maturity['own.1'] = 1;
    after.maturity['gov.1'] = 4;
    after.maturity['own.2'] = 2;
    after.raci['data.collect'] = { it: 'RA', marketing: 'I' };
    expect(countAnswerChanges(before, after)).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { checkAnswers } from './check-answers';
import { buildRecord } from '../../testing/workshop-room';

describe('checking a participant’s answers', () => {
  it('accepts levels, don’t know, an accountable team, several, and no one', () => {
    const checked = checkAnswers(
      {
        maturity: { 'ownership.owner': 3, 'data.truth': 'unknown' },
        raci: {
          'data.source': { it: 'A' },
          'data.quality': { it: 'A', marketing: 'A' },
          'triggers.define': {},
          'content.author': 'unknown',
        },
      },
      buildRecord(),
    );
    expect(checked.ok).toBe(true);
  });

  it('fills in what is left out with nothing answered', () => {
    const checked = checkAnswers({}, buildRecord());
    expect(checked.ok && checked.value).toEqual({ maturity: {}, raci: {} });
  });

  it('refuses questions and activities the plan does not ask, and keys that are not answers', () => {
    const record = buildRecord({ questions: ['ownership.owner'], activities: ['data.source'] });
    const checked = checkAnswers(
      { maturity: { 'data.truth': 2 }, raci: { 'data.quality': 'unknown' }, name: 'x' },
      record,
    );
    expect(!checked.ok && checked.problems.map((p) => [p.path, p.code])).toEqual([
      ['name', 'unknown-key'],
      ['maturity["data.truth"]', 'unknown-question'],
      ['raci["data.quality"]', 'unknown-activity'],
    ]);
  });

  it('refuses teams the workshop does not have and letters other than A when only A is asked', () => {
    const checked = checkAnswers(
      { raci: { 'data.source': { nobody: 'A', it: 'R' } } },
      buildRecord(),
    );
    expect(!checked.ok && checked.problems.map((p) => [p.path, p.code])).toEqual([
      ['raci["data.source"].nobody', 'unknown-ref'],
      ['raci["data.source"].it', 'value'],
    ]);
  });

  it('accepts every letter when the plan asks for R, A, C and I', () => {
    const checked = checkAnswers(
      { raci: { 'data.source': { it: 'RA', marketing: 'CI' } } },
      buildRecord({ letters: 'raci' }),
    );
    expect(checked.ok).toBe(true);
  });

  it('refuses levels out of range and bodies that are not objects', () => {
    expect(checkAnswers({ maturity: { 'ownership.owner': 6 } }, buildRecord()).ok).toBe(false);
    expect(checkAnswers('answers', buildRecord()).ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { Response } from '../schemas/assessment';
import { buildModel } from '../testing/fixtures';
import { resolveMaturityAnswers } from './resolve-maturity';

const model = buildModel();
const respond = (maturity: Response['maturity']): Response => ({
  participant: 'p',
  maturity,
  raci: {},
});

describe('resolveMaturityAnswers', () => {
  it('uses the consensus answer when there is one, even over the responses', () => {
    const answers = resolveMaturityAnswers(model, {
      maturity: { 'review.timing': 4 },
      responses: [respond({ 'review.timing': 1 })],
    });
    expect(answers.get('review.timing')).toEqual({
      question: 'review.timing',
      answer: 4,
      source: 'consensus',
    });
  });

  it('uses the median of the participants’ answers without a consensus', () => {
    const answers = resolveMaturityAnswers(model, {
      maturity: {},
      responses: [
        respond({ 'data.quality': 1 }),
        respond({ 'data.quality': 4 }),
        respond({ 'data.quality': 2 }),
        respond({ 'data.quality': 'unknown' }),
      ],
    });
    expect(answers.get('data.quality')).toEqual({
      question: 'data.quality',
      answer: 2,
      source: 'workshop',
      responses: 3,
    });
  });

  it('says "don’t know" when every participant who answered said so', () => {
    const answers = resolveMaturityAnswers(model, {
      maturity: {},
      responses: [respond({ 'ownership.named': 'unknown' })],
    });
    expect(answers.get('ownership.named')?.answer).toBe('unknown');
  });

  it('leaves out questions nobody answered and answers to questions the model does not ask', () => {
    const answers = resolveMaturityAnswers(model, { maturity: { 'old.question': 3 } });
    expect([...answers.keys()]).toEqual([]);
  });
});

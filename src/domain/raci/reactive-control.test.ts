import { describe, expect, it } from 'vitest';
import type { AnswerDriver } from '../analysis';
import type { Response } from '../schemas/assessment';
import { buildModel } from '../testing/fixtures';
import { findReactiveControl } from './reactive-control';

const model = buildModel();
const timing = (answer: AnswerDriver['answer'], source: AnswerDriver['source'] = 'consensus') =>
  new Map([['review.timing', { question: 'review.timing', answer, source } as AnswerDriver]]);
const room = (...answers: Response['maturity'][string][]): Pick<Response, 'maturity'>[] =>
  answers.map((answer) => ({ maturity: { 'review.timing': answer } }));
const find = (
  answers: ReturnType<typeof timing>,
  responses: Pick<Response, 'maturity'>[] = [],
  outOfScope: string[] = [],
) => findReactiveControl(model, answers, responses, new Set(outOfScope));

describe('findReactiveControl, from a consensus answer', () => {
  it('finds reactive control when review happens after sending (levels 1 and 2)', () => {
    expect(find(timing(1))?.answer).toBe(1);
    expect(find(timing(2))?.answer).toBe(2);
  });

  it('finds none from level 3 up', () => {
    expect(find(timing(3))).toBeNull();
  });

  it('finds none from "don’t know" or no answer', () => {
    expect(find(timing('unknown'))).toBeNull();
    expect(find(new Map())).toBeNull();
  });

  it('finds none when the question’s dimension is out of scope', () => {
    expect(find(timing(1), [], ['review'])).toBeNull();
  });

  it('goes by the consensus, not by a room that disagrees with it', () => {
    expect(find(timing(4), room(1, 1, 1))).toBeNull();
  });
});

describe('findReactiveControl, from a workshop without consensus', () => {
  it('finds it when half of the room answered 1–2, whatever the median: 1, 1, 5, 5 has median 3', () => {
    const driver = find(timing(3, 'workshop'), room(1, 1, 5, 5));
    expect(driver).toMatchObject({ question: 'review.timing', answer: 3, source: 'workshop' });
  });

  it('finds none when fewer than half answered 1–2: 2, 4, 5', () => {
    expect(find(timing(4, 'workshop'), room(2, 4, 5))).toBeNull();
  });

  it('counts "don’t know" among the participants who answered: 1 and two "don’t know" is a third', () => {
    expect(find(timing(1, 'workshop'), room(1, 'unknown', 'unknown'))).toBeNull();
    expect(find(timing(1, 'workshop'), room(1, 'unknown'))?.answer).toBe(1);
  });

  it('leaves out participants who skipped the question', () => {
    const responses = [...room(2, 4), { maturity: {} }, { maturity: {} }];
    expect(find(timing(3, 'workshop'), responses)).not.toBeNull();
  });
});

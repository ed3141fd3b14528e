import { describe, expect, it } from 'vitest';
import type { AnswerDriver } from '../analysis';
import { buildModel } from '../testing/fixtures';
import { findReactiveControl } from './reactive-control';

const model = buildModel();
const timing = (answer: AnswerDriver['answer']) =>
  new Map([
    ['review.timing', { question: 'review.timing', answer, source: 'consensus' } as AnswerDriver],
  ]);

describe('findReactiveControl', () => {
  it('finds reactive control when review happens after sending (levels 1 and 2)', () => {
    expect(findReactiveControl(model, timing(1), new Set())?.answer).toBe(1);
    expect(findReactiveControl(model, timing(2), new Set())?.answer).toBe(2);
  });

  it('finds none from level 3 up, nor from a median of 2.5', () => {
    expect(findReactiveControl(model, timing(3), new Set())).toBeNull();
    expect(findReactiveControl(model, timing(2.5), new Set())).toBeNull();
  });

  it('finds none from "don’t know" or no answer', () => {
    expect(findReactiveControl(model, timing('unknown'), new Set())).toBeNull();
    expect(findReactiveControl(model, new Map(), new Set())).toBeNull();
  });

  it('finds none when the question’s dimension is out of scope', () => {
    expect(findReactiveControl(model, timing(1), new Set(['review']))).toBeNull();
  });
});

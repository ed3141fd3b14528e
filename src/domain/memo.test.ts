import { describe, expect, it } from 'vitest';
import { memoiseOn } from './memo';

describe('memoiseOn', () => {
  const counted = () => {
    let calls = 0;
    const sum = memoiseOn((values: { n: number }, extra: number) => {
      calls++;
      return { total: values.n + extra };
    });
    return { sum, calls: () => calls };
  };

  it('gives the same result object again for the same object and arguments', () => {
    const { sum, calls } = counted();
    const key = { n: 1 };
    const first = sum(key, 2);
    expect(sum(key, 2)).toBe(first);
    expect(calls()).toBe(1);
  });

  it('works it out again when another argument changes', () => {
    const { sum, calls } = counted();
    const key = { n: 1 };
    sum(key, 2);
    expect(sum(key, 3)).toEqual({ total: 4 });
    expect(calls()).toBe(2);
  });

  it('never answers for an equal but different object', () => {
    const { sum, calls } = counted();
    sum({ n: 1 }, 2);
    expect(sum({ n: 5 }, 2)).toEqual({ total: 7 });
    expect(calls()).toBe(2);
  });

  it('keeps one result per key object', () => {
    const { sum, calls } = counted();
    const a = { n: 1 };
    const b = { n: 10 };
    const fromA = sum(a, 0);
    sum(b, 0);
    expect(sum(a, 0)).toBe(fromA);
    expect(calls()).toBe(2);
  });
});

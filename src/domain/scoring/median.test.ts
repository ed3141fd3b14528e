import { describe, expect, it } from 'vitest';
import { computeMedian } from './median';

describe('computeMedian', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(computeMedian([5, 1, 3])).toBe(3);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(computeMedian([4, 1, 2, 5])).toBe(3);
    expect(computeMedian([2, 3])).toBe(2.5);
  });

  it('is null for no values', () => {
    expect(computeMedian([])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { bandOf, roundScore } from './band';

describe('bandOf', () => {
  it('calls scores from 1 to 4 low', () => {
    expect([1, 2, 3, 4].map(bandOf)).toEqual(['low', 'low', 'low', 'low']);
  });

  it('calls scores from 5 to 9 medium', () => {
    expect([5, 6, 8, 9].map(bandOf)).toEqual(['medium', 'medium', 'medium', 'medium']);
  });

  it('calls scores from 10 to 16 high', () => {
    expect([10, 12, 15, 16].map(bandOf)).toEqual(['high', 'high', 'high', 'high']);
  });

  it('calls scores from 17 to 25 critical', () => {
    expect([17, 20, 25].map(bandOf)).toEqual(['critical', 'critical', 'critical']);
  });
});

describe('bandOf, on a continuous score', () => {
  it('reads the score at one decimal, as it is shown: 16.94 is high, 16.95 and 17 critical', () => {
    expect(bandOf(16.94)).toBe('high');
    expect(bandOf(16.95)).toBe('critical');
    expect(bandOf(3.4 * 5)).toBe('critical');
  });

  it('puts a score between two whole numbers in the band of its floor, once rounded', () => {
    expect(bandOf(4.94)).toBe('low');
    expect(bandOf(9.75)).toBe('medium');
    expect(bandOf(9.96)).toBe('high');
  });
});

describe('roundScore', () => {
  it('rounds half up to one decimal, also for a product a hair below the half', () => {
    expect(roundScore(16.95)).toBe(17);
    // 1.19 × 5 is 5.949999999999999 as a float: rounded as the 5.95 it stands for.
    expect(roundScore(1.19 * 5)).toBe(6);
    expect(roundScore(24.375)).toBe(24.4);
    expect(roundScore(9.75)).toBe(9.8);
  });
});

import { describe, expect, it } from 'vitest';
import { bandOf } from './band';

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

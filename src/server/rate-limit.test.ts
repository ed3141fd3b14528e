import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './rate-limit';

describe('token buckets', () => {
  it('let a key spend its burst at once, then make it wait for the refill', () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 3, perSecond: 0.5 }, () => now);
    expect([1, 2, 3, 4].map(() => buckets.take('phone'))).toEqual([0, 0, 0, 2]);
    now = 2000;
    expect(buckets.take('phone')).toBe(0);
    expect(buckets.take('phone')).toBe(2);
  });

  it('keep every key apart', () => {
    const buckets = new TokenBuckets({ burst: 1, perSecond: 0 }, () => 0);
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('b')).toBe(0);
    expect(buckets.take('a')).toBe(3600);
  });

  it('look without spending, and forget the buckets that have filled up again', () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 2, perSecond: 1 }, () => now);
    expect(buckets.wait('a')).toBe(0);
    buckets.take('a');
    buckets.take('b');
    expect(buckets.size).toBe(2);
    now = 5000;
    buckets.prune();
    expect(buckets.size).toBe(0);
  });
});

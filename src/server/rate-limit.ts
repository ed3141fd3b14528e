// Token buckets: each key may spend `burst` requests at once and earns `perSecond` back.

/** A bucket's size and refill rate. */
export interface BucketRule {
  burst: number;
  perSecond: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Token buckets by key (an address, a token); full buckets are forgotten to bound memory. */
export class TokenBuckets {
  readonly #rule: BucketRule;
  readonly #now: () => number;
  readonly #buckets = new Map<string, Bucket>();

  constructor(rule: BucketRule, now: () => number = () => performance.now()) {
    this.#rule = rule;
    this.#now = now;
  }

  #refill(key: string): Bucket {
    const now = this.#now();
    const bucket = this.#buckets.get(key) ?? { tokens: this.#rule.burst, at: now };
    bucket.tokens = Math.min(
      this.#rule.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.#rule.perSecond,
    );
    bucket.at = now;
    this.#buckets.set(key, bucket);
    return bucket;
  }

  /** Seconds to wait before the key may spend a token (0: it may now), without spending. */
  wait(key: string): number {
    const bucket = this.#refill(key);
    if (bucket.tokens >= 1) return 0;
    return this.#rule.perSecond > 0 ? Math.ceil((1 - bucket.tokens) / this.#rule.perSecond) : 3600;
  }

  /** Spends one token: 0 when allowed, else the seconds to wait (nothing spent). */
  take(key: string): number {
    const wait = this.wait(key);
    if (wait === 0) (this.#buckets.get(key) as Bucket).tokens -= 1;
    return wait;
  }

  /** Forgets the buckets that have filled up again. */
  prune(): void {
    for (const key of [...this.#buckets.keys()])
      if (this.#refill(key).tokens >= this.#rule.burst) this.#buckets.delete(key);
  }

  /** How many keys have a bucket that is not full. */
  get size(): number {
    return this.#buckets.size;
  }
}

/** Token buckets: one per key (an IP, a connection), refilled continuously. */

export type TokenBucket = {
  take(): boolean;
  /** Refilled to its whole burst: the same as a bucket never used, so a keyed map may forget it. */
  isFull(): boolean;
};

export function createTokenBucket(burst: number, perSecond: number, now: () => number): TokenBucket {
  let tokens = burst;
  let last = now();
  const refill = () => {
    const time = now();
    tokens = Math.min(burst, tokens + ((time - last) / 1000) * perSecond);
    last = time;
  };
  return {
    take() {
      refill();
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
    isFull() {
      refill();
      return tokens >= burst;
    },
  };
}

/**
 * One token bucket per key (an address): `take(key)` spends from that key's bucket. Buckets that
 * are full again are forgotten, at most once per refill time, so only recent keys are kept.
 */
export function createKeyedLimiter({ burst, perSecond, now }: { burst: number; perSecond: number; now: () => number }) {
  const buckets = new Map<string, TokenBucket>();
  const refillMs = (burst / perSecond) * 1000;
  let lastSweep = now();
  return {
    /** Spends one from this key's budget; false when it has none left for now. */
    take(key: string): boolean {
      if (now() - lastSweep >= refillMs) {
        lastSweep = now();
        for (const [known, bucket] of buckets) if (bucket.isFull()) buckets.delete(known);
      }
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = createTokenBucket(burst, perSecond, now)));
      return bucket.take();
    },
    /** How many keys it remembers (for the test that it forgets). */
    trackedKeys: () => buckets.size,
  };
}
export type KeyedLimiter = ReturnType<typeof createKeyedLimiter>;

/**
 * Limits *failed* attempts per IP. Successful joins cost nothing, so a hall of phones behind one
 * NAT address all get in, while guessing codes from one address is slowed to `perSecond`.
 */
export function createFailureLimiter({ burst, perSecond, now }: { burst: number; perSecond: number; now: () => number }) {
  const buckets = new Map<string, { bucket: TokenBucket; blockedUntil: number }>();
  const entry = (ip: string) => {
    let found = buckets.get(ip);
    if (!found) {
      found = { bucket: createTokenBucket(burst, perSecond, now), blockedUntil: 0 };
      buckets.set(ip, found);
    }
    return found;
  };
  return {
    /** True while the IP has used up its failures; check this before looking at the attempt. */
    isBlocked(ip: string): boolean {
      return (buckets.get(ip)?.blockedUntil ?? 0) > now();
    },
    /** Counts one failure. */
    recordFailure(ip: string): void {
      const found = entry(ip);
      if (!found.bucket.take()) found.blockedUntil = now() + 1000 / perSecond;
    },
  };
}
export type FailureLimiter = ReturnType<typeof createFailureLimiter>;

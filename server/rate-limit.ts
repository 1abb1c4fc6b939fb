/** Token buckets: one per key (an IP, a connection), refilled continuously. */

export type TokenBucket = { take(): boolean };

export function createTokenBucket(burst: number, perSecond: number, now: () => number): TokenBucket {
  let tokens = burst;
  let last = now();
  return {
    take() {
      const time = now();
      tokens = Math.min(burst, tokens + ((time - last) / 1000) * perSecond);
      last = time;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

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

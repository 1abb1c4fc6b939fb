import { describe, expect, test } from 'vitest';
import { createFailureLimiter, createTokenBucket } from '../../server/rate-limit.ts';

function clock() {
  let time = 0;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('createTokenBucket', () => {
  test('allows a burst, then refills at its rate', () => {
    const time = clock();
    const bucket = createTokenBucket(3, 2, time.now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    time.advance(500);
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
  });
});

describe('createFailureLimiter', () => {
  test('blocks an address once its failures exceed the budget, and only that address', () => {
    const time = clock();
    const limiter = createFailureLimiter({ burst: 2, perSecond: 1, now: time.now });
    limiter.recordFailure('10.0.0.1');
    limiter.recordFailure('10.0.0.1');
    expect(limiter.isBlocked('10.0.0.1')).toBe(false);
    limiter.recordFailure('10.0.0.1');
    expect(limiter.isBlocked('10.0.0.1')).toBe(true);
    expect(limiter.isBlocked('10.0.0.2')).toBe(false);
    time.advance(1001);
    expect(limiter.isBlocked('10.0.0.1')).toBe(false);
  });
});

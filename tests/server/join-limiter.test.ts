import { describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/config.ts';
import { createKeyedLimiter } from '../../server/rate-limit.ts';

function clock() {
  let time = 0;
  return { now: () => time, set: (ms: number) => (time = ms) };
}

describe('createKeyedLimiter, as the join limit per address', () => {
  test('lets a burst of joins in at once, then the refill rate, each address on its own budget', () => {
    const time = clock();
    const limiter = createKeyedLimiter({ burst: 3, perSecond: 2, now: time.now });
    expect([1, 2, 3, 4].map(() => limiter.take('10.0.0.1'))).toEqual([true, true, true, false]);
    expect(limiter.take('10.0.0.2')).toBe(true);
    time.set(500);
    expect([limiter.take('10.0.0.1'), limiter.take('10.0.0.1')]).toEqual([true, false]);
  });

  test('the default limits let 2,000 phones behind one address in within a minute, and bound a flood', () => {
    const time = clock();
    const limiter = createKeyedLimiter({ burst: DEFAULT_LIMITS.joinBurst, perSecond: DEFAULT_LIMITS.joinsPerSecond, now: time.now });
    let admitted = 0;
    let allInAt = Infinity;
    let inFirstTenSeconds = 0;
    // The hall's phones keep asking (each retries about once a second; together, all the time).
    for (let at = 0; at <= 60_000 && admitted < 2000; at += 10) {
      time.set(at);
      while (admitted < 2000 && limiter.take('192.168.1.1')) admitted += 1;
      if (at <= 10_000) inFirstTenSeconds = admitted;
      if (admitted === 2000) allInAt = at;
    }
    expect(admitted).toBe(2000);
    expect(allInAt).toBeLessThanOrEqual(60_000);
    // One address cannot take a thousand seats in half a second, as it could before.
    expect(inFirstTenSeconds).toBeLessThanOrEqual(DEFAULT_LIMITS.joinBurst + 10 * DEFAULT_LIMITS.joinsPerSecond);
    expect(inFirstTenSeconds).toBeLessThan(1000);
  });

  test('forgets an address once its budget has refilled, so a long-running server holds no map of every phone', () => {
    const time = clock();
    const limiter = createKeyedLimiter({ burst: 2, perSecond: 1, now: time.now });
    for (let i = 0; i < 50; i++) limiter.take(`10.0.1.${i}`);
    expect(limiter.trackedKeys()).toBe(50);
    time.set(2_000);
    limiter.take('10.0.2.1');
    expect(limiter.trackedKeys()).toBe(1);
  });
});

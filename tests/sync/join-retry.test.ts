import { describe, expect, test } from 'vitest';
import { ApiError } from '../../src/sync/room-api.ts';
import { joinWithRetry } from '../../src/sync/join-retry.ts';

/** A join that answers with the given statuses in turn (200: a seat). */
function answering(...statuses: number[]) {
  let calls = 0;
  const join = async () => {
    const status = statuses[Math.min(calls++, statuses.length - 1)];
    if (status !== 200) throw new ApiError(status, `status ${status}`);
    return { pid: 'p' };
  };
  return { join, calls: () => calls };
}

describe('joinWithRetry', () => {
  test('tries again by itself after a short pause while the server says "too many joins at once"', async () => {
    const server = answering(429, 429, 200);
    const pauses: number[] = [];
    const busy: number[] = [];
    const seat = await joinWithRetry(server.join, {
      wait: async (ms) => void pauses.push(ms),
      random: () => 0.5,
      onBusy: (attempt) => busy.push(attempt),
    });
    expect(seat).toEqual({ pid: 'p' });
    expect(server.calls()).toBe(3);
    expect(busy).toEqual([1, 2]);
    expect(pauses).toHaveLength(2);
    for (const ms of pauses) expect(ms).toBeGreaterThanOrEqual(500);
    for (const ms of pauses) expect(ms).toBeLessThanOrEqual(1500);
  });

  test('does not repeat other refusals: a full room or an unknown code is for the person to read', async () => {
    for (const status of [409, 404]) {
      const server = answering(status, 200);
      await expect(joinWithRetry(server.join, { wait: async () => undefined, random: () => 0 })).rejects.toMatchObject({ status });
      expect(server.calls()).toBe(1);
    }
  });

  test('gives up after its number of attempts with the last refusal', async () => {
    const server = answering(429);
    await expect(joinWithRetry(server.join, { wait: async () => undefined, random: () => 0, maxAttempts: 4 })).rejects.toMatchObject({ status: 429 });
    expect(server.calls()).toBe(4);
  });
});

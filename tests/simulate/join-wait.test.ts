/** The benchmark's wait for a hall to join (src/tools/simulate/join-wait.ts): as long as phones keep coming in. */
import { describe, expect, it } from 'vitest';
import { joinWaitFor, joinWaitOver } from '../../src/tools/simulate/join-wait.ts';

const wait = { stallMs: 60_000, maxMs: 600_000 };
const progress = { phones: 2000, joined: 1666, gaveUp: 0, startedAt: 0, lastJoinAt: 79_000 };

describe('the benchmark\'s join wait', () => {
  it('goes on past a minute while phones keep coming in, and ends when they are all in or have given up', () => {
    expect(joinWaitOver({ ...progress, now: 80_000 }, wait)).toBeNull();
    expect(joinWaitOver({ ...progress, joined: 2000, now: 80_000 }, wait)).toBe('all');
    expect(joinWaitOver({ ...progress, joined: 1990, gaveUp: 10, now: 80_000 }, wait)).toBe('all');
  });

  it('ends when no phone has come in for the stall time, or at the longest wait', () => {
    expect(joinWaitOver({ ...progress, now: 139_000 }, wait)).toBe('stalled');
    // No phone in at all: the stall time counts from the start.
    expect(joinWaitOver({ ...progress, joined: 0, lastJoinAt: 0, now: 59_000 }, wait)).toBeNull();
    expect(joinWaitOver({ ...progress, joined: 0, lastJoinAt: 0, now: 60_000 }, wait)).toBe('stalled');
    expect(joinWaitOver({ ...progress, lastJoinAt: 599_000, now: 600_000 }, wait)).toBe('too long');
  });

  it('waits longer for a larger hall', () => {
    expect(joinWaitFor(2000).maxMs).toBe(600_000);
    expect(joinWaitFor(5000).maxMs).toBe(1_500_000);
  });
});

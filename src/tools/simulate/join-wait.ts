/**
 * How long the benchmark waits for a hall to join. A fixed wait cut off runs on a busy machine
 * (2 cores shared with other work: 1,666 of 2,000 phones in after 80 s, and still coming): the
 * wait now lasts as long as phones keep coming in, and ends when every phone is in or has given
 * up, when none has come in for `stallMs`, or at `maxMs` in any case.
 */
export type JoinWait = { stallMs: number; maxMs: number };

/** The wait for `phones` phones: at least 10 minutes or 300 ms a phone at most, a minute without a new phone ends it. */
export const joinWaitFor = (phones: number): JoinWait => ({ stallMs: 60_000, maxMs: Math.max(600_000, phones * 300) });

export type JoinProgress = { phones: number; joined: number; gaveUp: number; startedAt: number; lastJoinAt: number; now: number };

/** Why the wait is over, or null while it goes on. */
export function joinWaitOver({ phones, joined, gaveUp, startedAt, lastJoinAt, now }: JoinProgress, { stallMs, maxMs }: JoinWait): 'all' | 'stalled' | 'too long' | null {
  if (joined + gaveUp >= phones) return 'all';
  if (now - startedAt >= maxMs) return 'too long';
  if (now - Math.max(startedAt, lastJoinAt) >= stallMs) return 'stalled';
  return null;
}

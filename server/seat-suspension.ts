/**
 * Suspends a seat that keeps sending what the server refuses. Closing each bad connection is not
 * enough: a phone with valid credentials reconnects at once and sends the next one (1,500 a
 * second were seen). A suspended seat's upgrades are refused until its time is up; other phones,
 * on the same address or not, are not touched.
 */
import type { Role } from '../src/shared/roles.ts';
import { createTokenBucket, type TokenBucket } from './rate-limit.ts';

/**
 * Who is suspended: a participant by its id; a trainer or viewer by the room's credential it
 * used (one secret, one viewer token per room), the only thing that tells them apart; a remote by
 * its id. `who`: the participant's pid or the remote's id.
 */
export function seatOf(code: string, role: Role, who: string | undefined): string {
  return role === 'participant' || role === 'remote' ? `${role}:${code}:${who}` : `${role}:${code}`;
}

export type SeatSuspensions = ReturnType<typeof createSeatSuspensions>;

export function createSeatSuspensions({ maxRefusals, windowMs, suspendMs, now }: {
  /** More refusals than this in a burst suspend the seat; the allowance refills at this many per `windowMs`. */
  maxRefusals: number;
  windowMs: number;
  suspendMs: number;
  now: () => number;
}) {
  /** Per seat: its allowance of refusals, when it last used some, and when its suspension ends. */
  const seats = new Map<string, { allowance: TokenBucket; lastRefusal: number; suspendedUntil: number }>();
  let lastSweep = now();

  /** Forgets the seats whose allowance is whole again; at most once per window, so it costs little per refusal. */
  const sweep = (time: number) => {
    if (time - lastSweep < windowMs) return;
    lastSweep = time;
    for (const [seat, entry] of seats) {
      if (entry.suspendedUntil <= time && entry.lastRefusal <= time - windowMs) seats.delete(seat);
    }
  };

  return {
    isSuspended: (seat: string) => (seats.get(seat)?.suspendedUntil ?? 0) > now(),
    recordRefusal(seat: string): void {
      const time = now();
      sweep(time);
      let entry = seats.get(seat);
      if (!entry) {
        entry = { allowance: createTokenBucket(maxRefusals, (maxRefusals * 1000) / windowMs, now), lastRefusal: time, suspendedUntil: 0 };
        seats.set(seat, entry);
      }
      entry.lastRefusal = time;
      if (!entry.allowance.take()) {
        entry.suspendedUntil = time + suspendMs;
        // After the suspension the seat starts with a whole allowance again.
        entry.allowance = createTokenBucket(maxRefusals, (maxRefusals * 1000) / windowMs, now);
      }
    },
    /** How many seats are remembered (for the test that nothing piles up). */
    trackedCount: () => seats.size,
  };
}

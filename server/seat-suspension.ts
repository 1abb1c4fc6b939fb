/**
 * Suspends a seat that keeps sending what the server refuses. Closing each bad connection is not
 * enough: a phone with valid credentials reconnects at once and sends the next one (1,500 a
 * second were seen). A suspended seat's upgrades are refused until its time is up; other phones,
 * on the same address or not, are not touched.
 */
import type { Role } from '../src/shared/roles.ts';

/**
 * Who is suspended: a participant by its id; a trainer or viewer by the room's credential it
 * used (one secret, one viewer token per room), the only thing that tells them apart.
 */
export function seatOf(code: string, role: Role, pid: string | undefined): string {
  return role === 'participant' ? `participant:${code}:${pid}` : `${role}:${code}`;
}

export type SeatSuspensions = ReturnType<typeof createSeatSuspensions>;

export function createSeatSuspensions({ maxRefusals, windowMs, suspendMs, now }: {
  /** More refusals than this within `windowMs` suspend the seat. */
  maxRefusals: number;
  windowMs: number;
  suspendMs: number;
  now: () => number;
}) {
  /** Per seat: the times of its recent refusals (at most `maxRefusals`), and its suspension's end. */
  const seats = new Map<string, { refusals: number[]; suspendedUntil: number }>();
  let lastSweep = now();

  /** Forgets the seats with nothing recent; at most once per window, so it costs little per refusal. */
  const sweep = (time: number) => {
    if (time - lastSweep < windowMs) return;
    lastSweep = time;
    for (const [seat, entry] of seats) {
      const lastRefusal = entry.refusals.at(-1) ?? -Infinity;
      if (entry.suspendedUntil <= time && lastRefusal <= time - windowMs) seats.delete(seat);
    }
  };

  return {
    isSuspended: (seat: string) => (seats.get(seat)?.suspendedUntil ?? 0) > now(),
    recordRefusal(seat: string): void {
      const time = now();
      sweep(time);
      let entry = seats.get(seat);
      if (!entry) {
        entry = { refusals: [], suspendedUntil: 0 };
        seats.set(seat, entry);
      }
      entry.refusals = entry.refusals.filter((at) => at > time - windowMs);
      entry.refusals.push(time);
      if (entry.refusals.length > maxRefusals) {
        entry.suspendedUntil = time + suspendMs;
        entry.refusals = [];
      }
    },
    /** How many seats are remembered (for the test that nothing piles up). */
    trackedCount: () => seats.size,
  };
}

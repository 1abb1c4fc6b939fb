/** Clock times on a run sheet: "13:00" in, minutes since midnight out, and back. Pure. */

const CLOCK = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;
const DAY = 24 * 60;

/** Minutes since midnight for "13:00" or "9.30"; null for anything that is no time of day. */
export function parseClock(text: string): number | null {
  const match = CLOCK.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** "13:05" for 785; a session that runs past midnight wraps round the clock. */
export function formatClock(minutes: number): string {
  const inDay = ((Math.round(minutes) % DAY) + DAY) % DAY;
  return `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
}

/**
 * A run sheet's rows and their clock times from a start time: the part of the run sheet the
 * browser needs, kept apart from run-sheet.ts (which reads decks through every kind's model) so the
 * materials page stays small. Pure.
 */
import { formatClock } from './clock.ts';

/** Trainer A and B, or both at once (the pause). */
export type Lead = 'A' | 'B' | 'A en B';

export type RunSheetRow = {
  /** The slide's number in Reveal's order (1-based), as the speaker view counts them. */
  slide: number;
  heading: string;
  minutes: number;
  /** What happens: "uitleg", "groepswerk", "pauze", or the exercise's kind ("open vraag"). */
  activity: string;
  lead: Lead;
  /** What the trainer who does not lead does meanwhile. */
  support: string;
};

export type TimedRow = RunSheetRow & { from: string; to: string };

/** The rows with clock times, starting at `start` (minutes since midnight) and running on without gaps. */
export function withClockTimes(rows: readonly RunSheetRow[], start: number): TimedRow[] {
  let at = start;
  return rows.map((row) => {
    const from = at;
    at += row.minutes;
    return { ...row, from: formatClock(from), to: formatClock(at) };
  });
}

/** The sum of the rows' minutes: the session's length. */
export const totalMinutes = (rows: readonly RunSheetRow[]) => rows.reduce((sum, row) => sum + row.minutes, 0);


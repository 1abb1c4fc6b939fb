/**
 * What the notes and headings of a slide tell the deck index and the curriculum overview:
 * the minutes it takes (`Tijd: 10 min.`, or `Buffer: 10 min.` for the session's reserve time),
 * what the deck is about (`Over: …` on the title slide) and its `##` heading. Pure; a malformed
 * `Tijd:` or `Buffer:` line is a mistake at its line.
 */
import { BlockError, type SourceLine } from '../kind/kind.ts';

export type SlideFacts = {
  /** From `Tijd: N min`; `Tijd: —` (a slide only shown on request) counts as 0; null without a line. */
  minutes: number | null;
  /**
   * True when the minutes come from `Buffer: N min.`: reserve time for late arrivals, a meal
   * that runs over or a technical hitch. They count in the deck's length like any other, so a
   * run sheet that adds the slides up keeps them; the trainer skips the slide when running late.
   */
  isBuffer: boolean;
  about: string | null;
  heading: string | null;
};

const TIME_LINE = /^(tijd|buffer):\s*(.*)$/i;
const MINUTES = /^(\d{1,3})\s*min(?:uten|\.)?\.?$/i;
const NO_TIME = /^[—–-]$/;
const ABOUT_LINE = /^over:\s*(.+)$/i;
const HEADING = /^#{1,2}\s+(.+)$/;

export function readSlideFacts(content: readonly SourceLine[], notes: readonly SourceLine[]): SlideFacts {
  let minutes: number | null = null;
  let isBuffer = false;
  let about: string | null = null;
  for (const { text, line } of notes) {
    const time = TIME_LINE.exec(text.trim());
    if (time) {
      if (minutes !== null) throw new BlockError(line, `a second "Tijd:" or "Buffer:" line in these notes: give each slide one`);
      isBuffer = time[1].toLowerCase() === 'buffer';
      minutes = readMinutes(time[2].trim(), line, isBuffer ? 'Buffer' : 'Tijd');
    }
    about ??= ABOUT_LINE.exec(text.trim())?.[1].trim() ?? null;
  }
  const heading = content.map((l) => HEADING.exec(l.text.trim())?.[1].trim()).find(Boolean) ?? null;
  return { minutes, isBuffer, about, heading };
}

function readMinutes(value: string, line: number, label: 'Tijd' | 'Buffer'): number {
  if (NO_TIME.test(value) && label === 'Tijd') return 0;
  const match = MINUTES.exec(value);
  if (!match) throw new BlockError(line, `"${label}: ${value}" is not a duration: write minutes, e.g. "${label}: 10 min."${label === 'Tijd' ? ' (or "Tijd: —")' : ''}`);
  return Number(match[1]);
}

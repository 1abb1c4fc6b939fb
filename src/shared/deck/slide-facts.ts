/**
 * What the notes and headings of a slide tell the deck index and the curriculum overview:
 * the minutes it takes (`Tijd: 10 min.`), what the deck is about (`Over: …` on the title
 * slide) and its `##` heading. Pure; a malformed `Tijd:` line is a mistake at its line.
 */
import { BlockError, type SourceLine } from '../kind/kind.ts';

export type SlideFacts = {
  /** From `Tijd: N min`; `Tijd: —` (a slide only shown on request) counts as 0; null without a line. */
  minutes: number | null;
  about: string | null;
  heading: string | null;
};

const TIME_LINE = /^tijd:\s*(.*)$/i;
const MINUTES = /^(\d{1,3})\s*min(?:uten|\.)?\.?$/i;
const NO_TIME = /^[—–-]$/;
const ABOUT_LINE = /^over:\s*(.+)$/i;
const HEADING = /^#{1,2}\s+(.+)$/;

export function readSlideFacts(content: readonly SourceLine[], notes: readonly SourceLine[]): SlideFacts {
  let minutes: number | null = null;
  let about: string | null = null;
  for (const { text, line } of notes) {
    const time = TIME_LINE.exec(text.trim());
    if (time) {
      if (minutes !== null) throw new BlockError(line, 'a second "Tijd:" line in these notes: give each slide one');
      minutes = readMinutes(time[1].trim(), line);
    }
    about ??= ABOUT_LINE.exec(text.trim())?.[1].trim() ?? null;
  }
  const heading = content.map((l) => HEADING.exec(l.text.trim())?.[1].trim()).find(Boolean) ?? null;
  return { minutes, about, heading };
}

function readMinutes(value: string, line: number): number {
  if (NO_TIME.test(value)) return 0;
  const match = MINUTES.exec(value);
  if (!match) throw new BlockError(line, `"Tijd: ${value}" is not a duration: write minutes, e.g. "Tijd: 10 min." (or "Tijd: —")`);
  return Number(match[1]);
}

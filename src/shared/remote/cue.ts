/**
 * What the trainer's phone as remote shows (decision 0086), written by the deck into its stage
 * (`CUE_KEY`) while a remote is connected: the slide on screen and the next, the notes with the
 * debrief prompts that apply now, the slide's `Tijd:`, and the kind's own moves. Plain text only:
 * the remote shows it as text, never as HTML.
 */

/** One line of the notes: a paragraph, a list item, or a debrief prompt (`applies`: it fits the room's answers now). */
export type CueNote = { kind: 'line' | 'item' | 'prompt'; text: string; applies?: boolean };

/** A kind's own move as a button on the remote: its name on the screen (`data-move`), what it says, and whether it can be pressed now. */
export type CueMove = { name: string; label: string; isEnabled: boolean };

export type Cue = {
  title: string;
  /** The next slide's title; null on the last slide. */
  next: string | null;
  /** 1-based position of the slide among all slides, and their number. */
  position: { index: number; total: number };
  notes: CueNote[];
  /** From the slide's `Tijd: N min.`; null without one. */
  minutes: number | null;
  /** The laptop's clock (ms): when this slide was shown, when the session's first slide was, and when this cue was written. */
  slideShownAt: number;
  startedAt: number;
  at: number;
  /** The exercise on this slide, if any (its state is in the stage's exercises). */
  exercise: { id: string; kind: string } | null;
  moves: CueMove[];
};

/** The minutes of a notes line `Tijd: 8 min.` (or `Buffer: 10 min.`); null for any other line. */
export function minutesOfLine(text: string): number | null {
  const match = /^(?:tijd|buffer):\s*(\d{1,3})\s*min/i.exec(text.trim());
  return match ? Number(match[1]) : null;
}

/** Whether a notes line is the slide's time line (shown apart, not among the notes). */
export function isTimeLine(text: string): boolean {
  return /^(?:tijd|buffer):/i.test(text.trim());
}

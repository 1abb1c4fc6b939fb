/**
 * Moderation of free text on the projector, shared by the open question and the feedback
 * rewrite: the trainer marks answers as shown, in the moderation window. A mark holds the
 * sender's pid and a hash of the exact text approved, so an answer changed after approval
 * drops off the screen until the trainer approves the new text. (Rejecting the change instead
 * would race with the phone: a change sent just as the trainer clicks would cut the phone off.)
 * The marks never reach the phones: a pid with the hash of a text shown on the projector would
 * tell every phone who wrote it. Each phone learns only about its own text (`shownParts`).
 *
 * The marks live under their own key of the stage (STAGE.moderation), written by the moderation
 * window alone, never inside the deck's ExerciseState: a lock in the deck and a "Toon" in the
 * moderation window at the same moment must both stay. A kind's functions still read the marks
 * as its `progress`: `withModeration` puts them there.
 */
import type { ExerciseState } from '../room-schema.ts';
import { hashText } from './hash-text.ts';
import type { AnswerEntry, MoveResult } from './kind.ts';

export { hashText };

export type ShownMark = { pid: string; hash: string };
/** The trainer's: which texts the projector shows, by sender. Private (pids), so kept off the public stage. */
export type ModerationProgress = { shown: ShownMark[] };
/** What one phone learns, in its inbox: the text of its own answer that the projector shows now. */
export type ModerationOwn = { shownText: string };
/** `hash`: which of a sender's texts, for a kind whose answer holds several (see ModerationFacet.textsOf). */
export type ModerationMove = { type: 'show'; pid: string; hash?: string } | { type: 'hide'; pid: string; hash?: string } | { type: 'show-all' } | { type: 'hide-all' };
/** The moderation window's decisions on one exercise (a value of STAGE.moderation): its marks in one round. */
export type ModerationEntry = { round: number; shown: ShownMark[] };

/** One answer's moderated text with whether the projector shows it. */
export type ModeratedItem = { pid: string; text: string; isShown: boolean };

/** The marks in a progress value, or none when it is missing or not a moderation progress. */
export function shownMarks(progress: unknown): ShownMark[] {
  const shown = (progress as { shown?: unknown } | null | undefined)?.shown;
  return Array.isArray(shown) ? (shown as ShownMark[]) : [];
}

/** Whether the trainer approved exactly this text from this participant. */
export function isShown(progress: unknown, pid: string, text: string): boolean {
  return shownMarks(progress).some((mark) => mark.pid === pid && mark.hash === hashText(text));
}

/**
 * Each phone whose current text the projector shows, with that text (`textOf` picks the moderated
 * text out of an answer, or null). A phone that changed its text since the approval gets nothing.
 */
export function shownParts(state: ExerciseState, answerOf: (pid: string) => unknown, textOf: (value: unknown) => string | null): Record<string, ModerationOwn> {
  const parts: Record<string, ModerationOwn> = {};
  for (const mark of shownMarks(state.progress)) {
    const text = textOf(answerOf(mark.pid));
    if (text !== null && hashText(text) === mark.hash) parts[mark.pid] = { shownText: text };
  }
  return parts;
}

/**
 * The items of a round: every answer with text, the shown ones in the order the trainer showed
 * them (that is the projector's order), then the rest in arrival order.
 */
export function moderatedItems(texts: readonly { pid: string; text: string }[], progress: unknown): ModeratedItem[] {
  const marks = shownMarks(progress);
  const position = (item: { pid: string; text: string }) =>
    marks.findIndex((mark) => mark.pid === item.pid && mark.hash === hashText(item.text));
  const items = texts.map((item) => ({ ...item, rank: position(item) }));
  const shown = items.filter((item) => item.rank >= 0).sort((a, b) => a.rank - b.rank);
  const hidden = items.filter((item) => item.rank < 0);
  return [...shown, ...hidden].map(({ pid, text, rank }) => ({ pid, text, isShown: rank >= 0 }));
}

/** A show or hide of the moderation window (no other kind's move has these types). */
export function isModerationMove(move: unknown): move is ModerationMove {
  const { type, pid } = (move ?? {}) as { type?: unknown; pid?: unknown };
  if (type === 'show-all' || type === 'hide-all') return true;
  return (type === 'show' || type === 'hide') && typeof pid === 'string';
}

/**
 * The trainer's moderation moves on the current round's texts (`textOf` picks the moderated text
 * out of an answer, or null). Nothing changes the round or the status; a move on a pid without
 * text is ignored (null).
 */
export function moderate(
  progress: unknown,
  move: unknown,
  answers: readonly AnswerEntry[],
  textOf: (value: unknown) => string | null,
): MoveResult<ModerationProgress> | null {
  if (!isModerationMove(move)) return null;
  const texts = answers.flatMap(({ pid, value }) => {
    const text = textOf(value);
    return text === null ? [] : [{ pid, text }];
  });
  // Marks of a pid whose text changed since are dropped here, so the list stays short.
  const current = shownMarks(progress).filter((mark) => texts.some((t) => t.pid === mark.pid && hashText(t.text) === mark.hash));
  const mark = (item: { pid: string; text: string }): ShownMark => ({ pid: item.pid, hash: hashText(item.text) });
  let shown: ShownMark[];
  switch (move.type) {
    case 'show': {
      const item = texts.find((t) => t.pid === move.pid);
      if (!item) return null;
      shown = current.some((m) => m.pid === move.pid) ? current : [...current, mark(item)];
      break;
    }
    case 'hide':
      shown = current.filter((m) => m.pid !== move.pid);
      break;
    case 'show-all':
      shown = [...current, ...texts.filter((t) => !current.some((m) => m.pid === t.pid)).map(mark)];
      break;
    case 'hide-all':
      shown = [];
      break;
  }
  return { progress: { shown }, round: 'same' };
}

/** The entry the moderation window writes for its marks in a round. */
export function moderationEntry(round: number, progress: ModerationProgress): ModerationEntry {
  return { round, shown: progress.shown };
}

function isEntryFor(entry: unknown, round: number): entry is ModerationEntry {
  const { round: entryRound, shown } = (entry ?? {}) as Partial<ModerationEntry>;
  return entryRound === round && Array.isArray(shown);
}

/**
 * The exercise's state as its kind reads it: the moderation window's marks for the current round
 * as `progress.shown`, beside what the deck keeps there itself (questions from the hall: which
 * one is being answered). Marks of an earlier round no longer count, so a reset in the deck needs
 * no write in the moderation window's key. Without an entry the state stays as the deck wrote it:
 * a room stored before the marks had their own key keeps them in `progress`, and they count until
 * the moderation window next changes them.
 */
export function withModeration(state: ExerciseState, entry: unknown): ExerciseState {
  if (!isEntryFor(entry, state.round)) return state;
  const deckProgress = typeof state.progress === 'object' && state.progress !== null && !Array.isArray(state.progress) ? state.progress : {};
  return { ...state, progress: { ...deckProgress, shown: entry.shown } };
}

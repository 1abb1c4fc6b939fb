/** The contract every exercise kind's pure model fulfils; browser and server use the same one. */
import type { ExerciseState } from '../room-schema.ts';
import type { Random } from '../seeded-random.ts';
import type { Paragraph } from './paragraph.ts';

/** Curriculum codes an exercise can practise: goals D1-D4 and working components WB1-WB6. */
export const CURRICULUM_TAGS = ['D1', 'D2', 'D3', 'D4', 'WB1', 'WB2', 'WB3', 'WB4', 'WB5', 'WB6'] as const;
export type CurriculumTag = (typeof CURRICULUM_TAGS)[number];

/** One line of a block in a deck, with its 1-based line number in the file. */
export type SourceLine = { text: string; line: number };

/**
 * A block as cut out of a deck: `::: <keyword> <id>` … `:::`. The fields every kind shares
 * (`tags:` with its `waarom:`, `tijd:`) are already read by the deck parser and taken out of `body`.
 */
export type BlockSource = {
  keyword: string;
  id: string;
  /** The deck the block is in (its file name without `.md`). */
  deck: string;
  line: number;
  body: SourceLine[];
  tags: CurriculumTag[];
  /** The `waarom:` under `tags:`: why the exercise practises those codes (for the coverage overview). */
  reason?: string;
  /** Countdown in seconds: the exercise locks itself this long after it opens. */
  seconds?: number;
};

/** A mistake in a block; the deck parser adds the file name. */
export class BlockError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** Fields every exercise definition has; `kind` is each kind's literal, so definitions form a union (see registry.ts). */
export type BaseDefinition = {
  kind: string;
  id: string;
  tags: CurriculumTag[];
  /** Why the exercise practises its tags; set by the deck parser (kinds need not copy it), shown only in the coverage overview. */
  reason?: string;
  seconds?: number;
};

/** One participant's answer as the screen and the server hold it. */
export type AnswerEntry<Answer = unknown> = { pid: string; value: Answer };
/**
 * One text of a phone's answer that counts on its own (a question from the hall), as the results
 * export and the group report list it: its sender, its count (votes), its state as a machine
 * value, whether the trainer approved it, and a name only if the sender typed one.
 */
export type AnswerItem = { pid: string; text: string; name?: string; count: number; state: string; isApproved: boolean };

/** What an answer is checked against besides the definition: the trainer's progress and who sends it. */
export type AnswerContext = { progress?: unknown; pid: string };

/**
 * The outcome of a kind's own trainer move (next situation, take the majority, step back,
 * show an answer…). `round: 'next'` starts a new round, so earlier answers stop counting;
 * `status` sets the exercise's status (default: unchanged); `restartCountdown` gives an open
 * exercise a fresh countdown within the same round (a new part opens while the last was open).
 */
export type MoveResult<Progress> = {
  progress: Progress;
  round: 'same' | 'next';
  status?: 'open' | 'locked' | 'revealed';
  restartCountdown?: boolean;
};

/** A problem only a look at every deck can find, at a line of one of them. */
export type DeckProblem = { deck: string; line: number; problem: string };

/**
 * What a move may look at: the current round's answers (with their senders), who is online
 * (connected) and, of those, who joined through the link for a video call (decision 0089).
 */
export type MoveContext = { answers: readonly AnswerEntry[]; online: readonly string[]; joinedOnline?: readonly string[] };

export interface ExerciseModel<Definition extends BaseDefinition, Answer, Tally, Prompt, Reveal, Progress = undefined> {
  /** Names the views too: `<mw-${kind}-screen>` and `<mw-${kind}-phone>`. */
  readonly kind: Definition['kind'];
  /** The block keywords this model reads (`::: choice`, `::: multi`, …). */
  readonly keywords: readonly string[];
  /** Reads a block; throws BlockError with the offending line. */
  parse(block: BlockSource): Definition;
  /**
   * True when `value` is an answer the exercise allows now. Runs on the server for every
   * answer, with the trainer's progress (e.g. the situation on screen) and the sender's pid.
   */
  isValidAnswer(definition: Definition, value: unknown, context: AnswerContext): value is Answer;
  /** Aggregates the answers of one round; pure, so screen, server export and tests compute the same. */
  tally(definition: Definition, answers: readonly AnswerEntry<Answer>[], progress: Progress | undefined): Tally;
  /** What phones see while the exercise is on: no right answer in it, nothing private. */
  toPrompt(definition: Definition, progress: Progress | undefined): Prompt;
  /** What the trainer shows everyone at reveal (phones see it too: aggregates only). */
  toReveal(definition: Definition, tally: Tally, progress: Progress | undefined): Reveal;
  /** Whether an answer is right, for the results export; null where a kind has no right answer. */
  verdict(definition: Definition, answer: Answer): boolean | null;
  /** The kind's own trainer moves, beyond open/lock/reveal/reset; null when the move does not apply. */
  move?(definition: Definition, progress: Progress | undefined, move: unknown, context: MoveContext): MoveResult<Progress> | null;
  /**
   * Named figures for the debrief prompts in the speaker notes ("als meer dan 40% C kiest: …"):
   * percentages 0-100 by option letter or name, plus kind-specific ones like `gemiddelde`.
   */
  measures?(definition: Definition, tally: Tally, progress: Progress | undefined): Record<string, number>;
  /** The names `measures` can return, so the build can reject a prompt that names another. */
  measureNames?(definition: Definition): string[];
  /**
   * The exercise's state as every phone may see it (the public stage): nothing that names a
   * participant or belongs to one phone alone. Runs on the server at every stage change.
   * Without it, phones get the state without `progress` (see `publicStateOf`).
   */
  forPhones?(definition: Definition, state: ExerciseState): ExerciseState;
  /**
   * What each phone alone may see (its inbox), by pid; only phones that have something. A
   * phone's part may depend on the state and on its own answer in the current round
   * (`answerOf`), never on another's. Runs on the server. Without it, phones get nothing of their own.
   */
  ownParts?(definition: Definition, state: ExerciseState, answerOf: (pid: string) => unknown): Record<string, unknown>;
  /**
   * What of a phone's validated answer the trainer's results keep (and so the trainer's screens,
   * the moderation window and the export see); the whole answer stays in the phone's own document.
   * A kind with a private part (an unshared transfer task) leaves it out here. Runs on the server.
   * Without it, the trainer's results hold the whole answer.
   */
  forTrainer?(definition: Definition, value: unknown): unknown;
  /**
   * For a kind whose one answer holds several texts with counts of their own (questions from the
   * hall): every text of every answer in the round, most counted first, with the marks in
   * `progress` applied. The results export writes a row per item and the group report lists the
   * approved ones, so no text after a phone's first is lost. Without it, an answer is one row.
   */
  itemsOf?(definition: Definition, answers: readonly AnswerEntry[], progress: Progress | undefined): AnswerItem[];
  /**
   * What every phone may see that is derived from everyone's answers of the round (approved
   * questions from the hall with their vote counts), as named parts: aggregates only, never a pid
   * or anything that ties an answer to its sender. Runs on the server, which writes each part to
   * the public stage when it changed, a limited number of times a second however fast answers
   * come in (server/public-tallies.ts). `state` holds the moderation window's marks in `progress`.
   */
  publicTally?(definition: Definition, state: ExerciseState, answers: readonly AnswerEntry[]): Record<string, unknown>;
  /**
   * How fast one seat may change its answer to an exercise of this kind: a burst of accepted
   * changes, then a steady pace. Beyond it the server closes the connection as a flood (4429);
   * the phone keeps below it. Without it a seat is limited only by the socket's message rate.
   */
  seatBudget?: { burst: number; perSecond: number };
  /** Checks one deck cannot make (a scale comparing with one in another deck); run on every build. */
  checkAcrossDecks?(decks: Readonly<Record<string, Readonly<Record<string, BaseDefinition>>>>): DeckProblem[];
}

/** What a phone sees of an exercise, which is all a simulated phone may answer from. */
export type PhoneView = {
  /** `ExerciseState.prompt` as the public stage shows it. */
  prompt: unknown;
  /** `ExerciseState.progress` as the public stage shows it. */
  progress?: unknown;
  /** This phone's own part (its inbox): a role card, for instance. */
  own?: unknown;
  /** This phone's answer in the current round so far (a style quiz sends its whole series). */
  previous?: unknown;
};

/** The moderation window's hold on a kind whose answers carry free text. */
export type ModerationFacet<Definition> = {
  /** Whether this exercise has text to moderate (a feedback drill only with `herschrijven: ja`). */
  applies(definition: Definition): boolean;
  /** The question or statement the texts answer. */
  question(definition: Definition): string;
  /** The text to moderate in an answer, or null. */
  textOf(definition: Definition, value: unknown): string | null;
  /**
   * For a kind whose answer holds several texts (questions from the hall): each text with the
   * hash its approval holds; the window's show and hide moves then carry that `hash`.
   */
  textsOf?(definition: Definition, value: unknown): { text: string; hash: string }[];
};

/**
 * Everything the rest of the code needs of a kind, in one object exported from the kind's
 * folder (`src/kinds/<kind>/index.ts`) and listed once in `src/kinds/registry.ts`. The views
 * are found by name: `src/kinds/<kind>/views/mw-<kind>-screen.ts` and `…-phone.ts`.
 */
export interface KindDescriptor<Definition extends BaseDefinition, Answer, Tally, Prompt, Reveal, Progress = undefined>
  extends ExerciseModel<Definition, Answer, Tally, Prompt, Reveal, Progress> {
  /** The kind in the trainer's words (Dutch), per exercise: a poll is not a knowledge check. */
  label(definition: Definition): string;
  /** What the room sees of the exercise before answers come in, as text (PowerPoint export). */
  slideText(definition: Definition): Paragraph[];
  /**
   * A plausible answer the server accepts, from only what a phone sees (the simulator, soak,
   * fuzz); null when this phone has nothing to answer now. Pure: randomness comes in.
   */
  sampleAnswer(prompt: Prompt, view: PhoneView, random: Random): unknown;
  /** Where a phone's answer is due within one round (a quiz asks again per situation); '' for once per round. */
  answerSlot?(prompt: Prompt): string;
  /** Present on kinds whose answers hold free text the trainer shows or hides. */
  moderation?: ModerationFacet<Definition>;
}

/** An exercise's state without the trainer's progress: what phones get of a kind without `forPhones`. */
export function withoutProgress(state: ExerciseState): ExerciseState {
  const { progress: _private, ...rest } = state;
  return rest;
}

/** `tijd: 90` or `tijd: 1:30` (minutes:seconds); between 5 seconds and an hour. */
export function parseSeconds(value: string, line: number): number {
  const match = /^(?:(\d+):)?(\d+)$/.exec(value.trim());
  const seconds = match ? Number(match[1] ?? 0) * 60 + Number(match[2]) : NaN;
  if (!(seconds >= 5 && seconds <= 3600)) {
    throw new BlockError(line, `"tijd:" must be seconds (e.g. 60) or minutes:seconds (e.g. 1:30), from 5 s to 1 hour`);
  }
  return seconds;
}

/** Reads the optional `tags:` line value; throws on an unknown code. */
export function parseTags(value: string, line: number): CurriculumTag[] {
  const tags = value
    .split(/[,\s]+/)
    .map((tag) => tag.trim().toUpperCase())
    .filter(Boolean);
  for (const tag of tags) {
    if (!(CURRICULUM_TAGS as readonly string[]).includes(tag)) {
      throw new BlockError(line, `unknown tag "${tag}" (use ${CURRICULUM_TAGS.join(', ')})`);
    }
  }
  return tags as CurriculumTag[];
}

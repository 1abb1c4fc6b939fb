/**
 * The shape of a room's Yjs documents. Each document has one writer:
 * - stage (trainer writes; trainer and viewers read): where the trainer is and each exercise's state;
 * - public stage (only the server writes; phones and viewers read): the stage as phones may see
 *   it, derived from the stage through each kind's `forPhones` (same maps as the stage);
 * - inbox, one per participant (only the server writes; that participant reads): what is that
 *   phone's alone, from each kind's `ownParts` (its role card, whether its text is on screen);
 * - participant (that participant writes; the server validates): its nickname and answers;
 * - results (only the server writes; trainer and viewers read): validated answers of everyone.
 * Values are plain JSON replaced whole, never nested Yjs types.
 *
 * One writer per key, also inside the stage: a value replaced whole by two windows at once keeps
 * only one of them (Yjs: last writer wins per key). The deck writes STAGE.map and STAGE.exercises,
 * the moderation window STAGE.moderation. Both hold the trainer's credential, so the server cannot
 * tell them apart: the rule is enforced where they write, in createLiveRoom (src/deck/live-room.ts),
 * whose `writer` decides which keys a window may set.
 */
import { cleanText, isCleanText } from './clean-text.ts';

export const STAGE = {
  /**
   * Y.Map: `deck`, `slide` ({h, v, f}: Reveal's indices, `f` the fragment shown last, -1 or absent
   * for none), `current` (exercise id on the current slide, or null), `showNames` (false while the
   * trainer hides the names on the projector's join card; absent = shown), `presenter` (the device
   * id of the deck that presents and so writes the stage; other trainer laptops' decks follow it;
   * absent until the first deck opens; src/shared/presenter.ts, decision 0092). On the public stage
   * the server adds `view` (FOLLOW_VIEW).
   */
  map: 'stage',
  /** Y.Map: exercise id → ExerciseState; the deck's. */
  exercises: 'exercises',
  /**
   * Y.Map: exercise id → ModerationEntry (src/exercises/moderation.ts): which texts the projector
   * shows, by sender; the moderation window's. Private (pids), so never on the public stage.
   */
  moderation: 'moderation',
  // The remote's keys of the stage and the results are in src/shared/remote/schema.ts (decision 0086).
} as const;

/**
 * The name of a Y.Map on the public stage only, one per exercise: part name → what phones may see
 * derived from everyone's answers (a kind's `publicTally`: approved questions from the hall, their
 * counts), written by the server at most a few times a second (server/public-tallies.ts).
 */
export const talliesOf = (exerciseId: string): string => `tallies/${exerciseId}`;

/** The keys of STAGE.map that the public stage copies; any other key the trainer writes stays off the phones. */
export const PUBLIC_STAGE_KEYS = ['deck', 'slide', 'current', 'showNames'] as const;

/**
 * The public stage's key for the slide as participants may follow it (a FollowView: the build's
 * text of the slide the stage's `slide` names, cut at its fragment step); written by the server
 * alone, never copied from the trainer's stage.
 */
export const FOLLOW_VIEW = 'view';

export const INBOX = {
  /** Y.Map: exercise id → what this phone alone may see of it (the kind's `ownParts` for its pid). */
  own: 'own',
} as const;

export const PARTICIPANT = {
  /** Y.Map: exercise id → ParticipantAnswer. */
  answers: 'answers',
  /** Y.Map: `nickname` → string. */
  profile: 'profile',
} as const;

export const RESULTS = {
  /** Y.Map: `${exerciseId}/${pid}/${round}` → RecordedAnswer; every round is kept for the export. */
  answers: 'answers',
  /** Y.Map: pid → Person; one entry per seat, from the moment of joining. */
  people: 'people',
  /**
   * Y.Map: what the trainer must know about the server: `cannotStoreSince` (ms) while its store
   * fails; the room's participant `cap` and how many joins it refused because it was full.
   */
  server: 'server',
  /** Y.Map: pid → when the trainer removed it (ms). Kept, so the pid stays refused after a restart. */
  removed: 'removed',
} as const;

/** The key in RESULTS.server the server sets while it cannot store (ms since it started failing). */
export const CANNOT_STORE_SINCE = 'cannotStoreSince';
/** Keys in RESULTS.server: how many seats the room has, and how many joins it refused for being full. */
export const CAP = 'cap';
export const REFUSED_FULL = 'refusedFull';

export const NICKNAME_MAX_LENGTH = 30;

/** Whether `value` is a nickname the projector may show: clean text (see clean-text.ts) of 0..30 characters; empty is anonymous. */
export function isNickname(value: unknown): value is string {
  return typeof value === 'string' && value.length <= NICKNAME_MAX_LENGTH && isCleanText(value);
}

/** The nickname a phone sends for what was typed: cleaned and cut to the limit. */
export function cleanNickname(typed: string): string {
  return cleanText(typed, NICKNAME_MAX_LENGTH);
}

/** Whether the projector shows the names of who joined (the stage's `showNames`; shown unless the trainer hid them). */
export function isShowingNames(stage: { get(key: string): unknown }): boolean {
  return stage.get('showNames') !== false;
}

export type ExerciseStatus = 'open' | 'locked' | 'revealed';
/** Where the trainer is: Reveal's slide indices and, on a slide with fragments, the one shown last (-1: none yet). */
export type SlidePosition = { h: number; v: number; f?: number };

/** One exercise as the stage shows it. `round` grows at every reset, so old answers stop counting. */
export type ExerciseState = {
  status: ExerciseStatus;
  round: number;
  prompt: unknown;
  reveal?: unknown;
  /** With a countdown: when the trainer's screen locks the exercise (its clock, ms since epoch). */
  closesAt?: number;
  /** The kind's own trainer state (the situation on screen, a role-play's path and groups, what is shown); phones get it only through `forPhones`. */
  progress?: unknown;
};

export type ParticipantAnswer = { round: number; value: unknown };
export type RecordedAnswer = ParticipantAnswer & { at: number };
/**
 * `online`: connected now. `joinedOnline`: joined through the link for a video call's chat, as the
 * phone said (decision 0089); absent for a phone in the room.
 */
export type Person = { nickname: string; online: boolean; joinedAt: number; joinedOnline?: boolean };

export function resultKey(exerciseId: string, pid: string, round: number): string {
  return `${exerciseId}/${pid}/${round}`;
}

/** The parts of a results key (exercise ids and pids hold no "/"). */
export function parseResultKey(key: string): { exerciseId: string; pid: string; round: number } {
  const [exerciseId, pid, round] = key.split('/');
  return { exerciseId, pid, round: Number(round) };
}

export const STAGE_ACTIONS = ['open', 'lock', 'reveal', 'reset'] as const;
export type StageAction = (typeof STAGE_ACTIONS)[number];

/**
 * The trainer's controls as a pure state change. `reveal` needs the payload the kind builds
 * from the current tally, so it is passed in; `reset` starts over with the kind's first prompt.
 */
export function applyStageAction(
  state: ExerciseState,
  action: StageAction,
  context: { revealPayload: () => unknown; firstPrompt: () => unknown; now: number; seconds?: number },
): ExerciseState {
  const deadline = context.seconds ? { closesAt: context.now + context.seconds * 1000 } : {};
  switch (action) {
    case 'open': {
      const { closesAt: _old, reveal: _shown, ...rest } = state;
      return { ...rest, status: 'open', ...deadline };
    }
    case 'lock': {
      const { closesAt: _done, ...rest } = state;
      return { ...rest, status: 'locked' };
    }
    case 'reveal': {
      const { closesAt: _done, ...rest } = state;
      return { ...rest, status: 'revealed', reveal: context.revealPayload() };
    }
    case 'reset':
      return { status: 'open', round: state.round + 1, prompt: context.firstPrompt(), ...deadline };
  }
}

/**
 * A kind's own move applied to the stage: new progress and prompt, maybe a new round and
 * status. A move that ends revealed gets a fresh reveal payload (it may depend on the move).
 */
export function applyMove(
  state: ExerciseState,
  result: { progress: unknown; round: 'same' | 'next'; status?: ExerciseStatus; restartCountdown?: boolean },
  context: { prompt: unknown; revealPayload: () => unknown; now: number; seconds?: number },
): ExerciseState {
  const status = result.status ?? (result.round === 'next' ? 'open' : state.status);
  const { closesAt, reveal: _old, ...rest } = state;
  const next: ExerciseState = {
    ...rest,
    status,
    round: result.round === 'next' ? state.round + 1 : state.round,
    prompt: context.prompt,
    progress: result.progress,
  };
  if (status === 'open') {
    const isFresh = result.round === 'next' || state.status !== 'open' || result.restartCountdown === true;
    if (isFresh && context.seconds) next.closesAt = context.now + context.seconds * 1000;
    else if (!isFresh && closesAt !== undefined) next.closesAt = closesAt;
  }
  if (status === 'revealed') next.reveal = context.revealPayload();
  return next;
}

/** The state an exercise starts in when the trainer first arrives at its slide. */
export function initialExerciseState(prompt: unknown, now: number, seconds?: number): ExerciseState {
  return { status: 'open', round: 1, prompt, ...(seconds ? { closesAt: now + seconds * 1000 } : {}) };
}

export function isParticipantAnswer(value: unknown): value is ParticipantAnswer {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const { round } = value as { round?: unknown };
  return keys.length === 2 && keys.includes('value') && Number.isInteger(round) && (round as number) >= 1;
}

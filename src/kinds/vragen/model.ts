/**
 * Questions from the hall: every phone asks a few short questions (anonymous unless it adds a
 * name) and votes for the questions of others. The trainer approves questions in the moderation
 * window (unless `moderatie: uit`), the projector ranks the approved ones by votes, and the
 * speaker marks the one being answered and those that are done. Phones see only approved
 * questions with their counts, published by the server a limited number of times a second
 * (`publicTally`), never who asked or who voted.
 */
import { BlockError, type AnswerEntry, type AnswerItem, type BlockSource, type CurriculumTag, type ExerciseModel, type MoveResult } from '../../shared/kind/kind.ts';
import { readBlockParts, readMaxField, type Field } from '../../shared/kind/fields.ts';
import { isModerationMove, shownMarks, type ShownMark } from '../../shared/kind/moderation.ts';
import type { ExerciseState } from '../../shared/room-schema.ts';
import {
  DEFAULT_QUESTION_MAX,
  DEFAULT_QUESTIONS_PER_SEAT,
  MOST_QUESTIONS_PER_SEAT,
  PHONE_LIST_MAX,
  SEAT_BUDGET,
  isVragenAnswer,
  publicQuestionId,
  questionContentHash,
  type VragenAnswer,
} from './rules.ts';

export type VragenDefinition = {
  kind: 'vragen';
  id: string;
  tags: CurriculumTag[];
  seconds?: number;
  /** The invitation on screen and phone ("Welke vraag heb jij voor de spreker?"). */
  question: string;
  /** Longest question in characters. */
  max: number;
  /** How many questions one seat may ask. */
  perSeat: number;
  /** Whether a question waits for the trainer's approval (`moderatie: aan`, the default) or shows at once. */
  moderated: boolean;
};

export type VragenPrompt = { kind: 'vragen'; question: string; max: number; perSeat: number; moderated: boolean };
export type QuestionState = 'open' | 'answering' | 'done';
/**
 * The deck's progress: which question the speaker is answering and which are done (public ids);
 * as the kind reads it, the moderation window's approvals (`shown`) are merged in.
 */
export type VragenProgress = { shown?: ShownMark[]; answering?: string | null; done?: string[] };
export type VragenMove = { type: 'answering' | 'done' | 'reopen'; id: string };

/** A question as the trainer's screens see it: with its sender and whether it is approved. */
export type TalliedQuestion = {
  id: string;
  pid: string;
  localId: string;
  text: string;
  name?: string;
  /** What an approval holds (see questionContentHash). */
  hash: string;
  votes: number;
  isApproved: boolean;
  state: QuestionState;
};
/** `questions`: the approved ones, most votes first; `waiting`: how many wait for approval. */
export type VragenTally = { questions: TalliedQuestion[]; waiting: number; total: number };
/** A question as every phone sees it: no sender, no voters. */
export type PublicQuestion = { id: string; text: string; name?: string; state: QuestionState };
/** What the server publishes for phones, as two parts: the questions change rarely, the counts often. */
export type VragenPublicParts = { questions: PublicQuestion[]; votes: Record<string, number> };

const MIN_MAX = 20;

function readSwitch(field: Field | undefined, fallback: boolean): boolean {
  if (!field) return fallback;
  const value = field.value.toLowerCase();
  if (value === 'aan' || value === 'ja') return true;
  if (value === 'uit' || value === 'nee') return false;
  throw new BlockError(field.line, `"moderatie:" must be "aan" or "uit"`);
}

function readPerSeat(field: Field | undefined): number {
  if (!field) return DEFAULT_QUESTIONS_PER_SEAT;
  const count = Number(field.value);
  if (!Number.isInteger(count) || count < 1 || count > MOST_QUESTIONS_PER_SEAT) {
    throw new BlockError(field.line, `"aantal:" must be a whole number of questions per participant from 1 to ${MOST_QUESTIONS_PER_SEAT}`);
  }
  return count;
}

function parse(block: BlockSource): VragenDefinition {
  const layout = { kind: 'vragen', fields: ['max', 'aantal', 'moderatie'], lead: 'invitation' };
  const { lead, fields } = readBlockParts(block.body, layout);
  if (lead.length === 0) throw new BlockError(block.line, 'the invitation is missing (e.g. "Welke vraag heb jij voor de spreker?")');
  return {
    kind: 'vragen',
    id: block.id,
    tags: block.tags,
    seconds: block.seconds,
    question: lead.join(' '),
    max: readMaxField(fields.get('max'), { min: MIN_MAX, fallback: DEFAULT_QUESTION_MAX }),
    perSeat: readPerSeat(fields.get('aantal')),
    moderated: readSwitch(fields.get('moderatie'), true),
  };
}

const limitsOf = (definition: VragenDefinition) => ({ max: definition.max, perSeat: definition.perSeat });

function progressOf(progress: unknown): { answering: string | null; done: string[] } {
  const { answering, done } = (progress ?? {}) as VragenProgress;
  return { answering: typeof answering === 'string' ? answering : null, done: Array.isArray(done) ? done.filter((id) => typeof id === 'string') : [] };
}

/** Most votes first; ties by text, then id, so every screen shows the same order. */
export function rankQuestions<Q extends { id: string; text: string; votes: number }>(questions: readonly Q[]): Q[] {
  return [...questions].sort((a, b) => b.votes - a.votes || a.text.localeCompare(b.text, 'nl') || a.id.localeCompare(b.id));
}

/** Every question of the round with its sender, approval, state and the votes that count (on approved questions only). */
function talliedQuestions(definition: VragenDefinition, answers: readonly AnswerEntry<VragenAnswer>[], progress: VragenProgress | undefined): TalliedQuestion[] {
  const marks = shownMarks(progress);
  const { answering, done } = progressOf(progress);
  const all: TalliedQuestion[] = [];
  for (const { pid, value } of answers) {
    if (!isVragenAnswer(value, limitsOf(definition))) continue;
    for (const question of value.questions) {
      const id = publicQuestionId(question.id);
      const hash = questionContentHash(question);
      const isApproved = !definition.moderated || marks.some((mark) => mark.pid === pid && mark.hash === hash);
      const state: QuestionState = answering === id ? 'answering' : done.includes(id) ? 'done' : 'open';
      all.push({ id, pid, localId: question.id, text: question.text, ...(question.name ? { name: question.name } : {}), hash, votes: 0, isApproved, state });
    }
  }
  const approved = new Map(all.filter((q) => q.isApproved).map((q) => [q.id, q]));
  // One vote per voter per question, only on an approved question of someone else: a second
  // vote, a vote on an unknown or unapproved question and a vote on one's own do not count.
  for (const { pid, value } of answers) {
    if (!isVragenAnswer(value, limitsOf(definition))) continue;
    for (const id of new Set(value.votes)) {
      const question = approved.get(id);
      if (question && question.pid !== pid) question.votes += 1;
    }
  }
  return all;
}

function tally(definition: VragenDefinition, answers: readonly AnswerEntry<VragenAnswer>[], progress: VragenProgress | undefined): VragenTally {
  const all = talliedQuestions(definition, answers, progress);
  const approved = all.filter((q) => q.isApproved);
  return { questions: rankQuestions(approved), waiting: all.length - approved.length, total: all.length };
}

/**
 * Every question of every seat for the export and the group report: the approved ones by votes,
 * then those still waiting for approval (state `waiting`, no votes counted). Who voted stays out.
 */
function itemsOf(definition: VragenDefinition, answers: readonly AnswerEntry[], progress: VragenProgress | undefined): AnswerItem[] {
  const all = talliedQuestions(definition, answers as AnswerEntry<VragenAnswer>[], progress);
  const ranked = [...rankQuestions(all.filter((q) => q.isApproved)), ...all.filter((q) => !q.isApproved)];
  return ranked.map(({ pid, text, name, votes, isApproved, state }) => ({ pid, text, ...(name ? { name } : {}), count: votes, state: isApproved ? state : 'waiting', isApproved }));
}

/**
 * What every phone may see: the approved questions (the one being answered, then the most voted
 * open ones, then the done ones; at most PHONE_LIST_MAX) in the order of their ids, which says
 * nothing about who asked or when, and their counts.
 */
function publicTally(definition: VragenDefinition, state: ExerciseState, answers: readonly AnswerEntry[]): VragenPublicParts {
  const { questions } = tally(definition, answers as AnswerEntry<VragenAnswer>[], state.progress as VragenProgress | undefined);
  const order = (q: TalliedQuestion) => (q.state === 'answering' ? 0 : q.state === 'open' ? 1 : 2);
  const listed = [...questions].sort((a, b) => order(a) - order(b)).slice(0, PHONE_LIST_MAX);
  return {
    questions: listed
      .map(({ id, text, name, state: questionState }) => ({ id, text, ...(name ? { name } : {}), state: questionState }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    votes: Object.fromEntries(listed.map((q) => [q.id, q.votes])),
  };
}

/** Every question in the round's answers, with its sender: what the moderation window lists. */
function askedIn(definition: VragenDefinition, answers: readonly AnswerEntry[]) {
  return answers.flatMap(({ pid, value }) =>
    isVragenAnswer(value, limitsOf(definition)) ? value.questions.map((question) => ({ pid, question, hash: questionContentHash(question) })) : [],
  );
}

function moderateQuestions(definition: VragenDefinition, progress: unknown, move: unknown, answers: readonly AnswerEntry[]): MoveResult<VragenProgress> | null {
  if (!isModerationMove(move)) return null;
  const asked = askedIn(definition, answers);
  const isAsked = (mark: ShownMark) => asked.some((item) => item.pid === mark.pid && item.hash === mark.hash);
  // Approvals of a question since changed or withdrawn are dropped here, so the list stays short.
  const current = shownMarks(progress).filter(isAsked);
  const hash = (move as { hash?: unknown }).hash;
  let shown: ShownMark[];
  switch (move.type) {
    case 'show': {
      const mark = { pid: move.pid, hash: String(hash) };
      if (!isAsked(mark)) return null;
      shown = current.some((m) => m.pid === mark.pid && m.hash === mark.hash) ? current : [...current, mark];
      break;
    }
    case 'hide':
      shown = current.filter((m) => !(m.pid === move.pid && m.hash === hash));
      break;
    case 'show-all':
      shown = [...current, ...asked.filter((item) => !current.some((m) => m.pid === item.pid && m.hash === item.hash)).map(({ pid, hash: h }) => ({ pid, hash: h }))];
      break;
    case 'hide-all':
      shown = [];
      break;
  }
  return { progress: { ...progressOf(progress), shown }, round: 'same' };
}

function isAnswerMove(move: unknown): move is VragenMove {
  const { type, id } = (move ?? {}) as Partial<VragenMove>;
  return (type === 'answering' || type === 'done' || type === 'reopen') && typeof id === 'string';
}

/** The speaker's marks: answering one question makes the one answered before it done. */
function markAnswered(definition: VragenDefinition, progress: unknown, move: VragenMove, answers: readonly AnswerEntry[]): MoveResult<VragenProgress> | null {
  const ids = new Set(askedIn(definition, answers).map(({ question }) => publicQuestionId(question.id)));
  if (!ids.has(move.id)) return null;
  const { answering, done } = progressOf(progress);
  const without = done.filter((id) => id !== move.id);
  switch (move.type) {
    case 'answering':
      return { progress: { answering: move.id, done: answering && answering !== move.id ? [...without, answering] : without }, round: 'same' };
    case 'done':
      return { progress: { answering: answering === move.id ? null : answering, done: [...without, move.id] }, round: 'same' };
    case 'reopen':
      return { progress: { answering: answering === move.id ? null : answering, done: without }, round: 'same' };
  }
}

export const vragenModel: ExerciseModel<VragenDefinition, VragenAnswer, VragenTally, VragenPrompt, { total: number }, VragenProgress> = {
  kind: 'vragen',
  keywords: ['vragen'],
  parse,
  isValidAnswer: (definition, value): value is VragenAnswer => isVragenAnswer(value, limitsOf(definition)),
  tally,
  toPrompt: ({ question, max, perSeat, moderated }) => ({ kind: 'vragen', question, max, perSeat, moderated }),
  toReveal: (_definition, tallied) => ({ total: tallied.questions.length }),
  verdict: () => null,
  move: (definition, progress, move, { answers }) =>
    isAnswerMove(move) ? markAnswered(definition, progress, move, answers) : moderateQuestions(definition, progress, move, answers),
  publicTally,
  itemsOf,
  seatBudget: SEAT_BUDGET,
};

/** The texts the moderation window lists in one phone's answer, each with what its approval holds. */
export function vragenModeratedTexts(definition: VragenDefinition, value: unknown): { text: string; hash: string }[] {
  if (!isVragenAnswer(value, limitsOf(definition))) return [];
  return value.questions.map((question) => ({ text: question.name ? `${question.text} — ${question.name}` : question.text, hash: questionContentHash(question) }));
}

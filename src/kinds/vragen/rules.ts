/**
 * The rules of questions from the hall that every side shares: the answer's shape, its limits,
 * a question's public id and what an approval holds. (The phone view imports only the small
 * files it needs, public-id.ts and seat-budget.ts, to stay light.)
 */
import { isCleanText } from '../../shared/clean-text.ts';
import { hashText } from '../../shared/kind/hash-text.ts';
import { NICKNAME_MAX_LENGTH } from '../../shared/room-schema.ts';

export { publicQuestionId } from './public-id.ts';
export { SEAT_BUDGET } from './seat-budget.ts';

/** One question as its sender's phone holds it: an id of its own choosing, the text, and a name only if the sender added one. */
export type AskedQuestion = { id: string; text: string; name?: string };
/** A phone's whole answer: the questions it asked and the public ids of the questions it votes for. */
export type VragenAnswer = { questions: AskedQuestion[]; votes: string[] };

/** Longest question by default, and the bounds a block's `max:` may set. */
export const DEFAULT_QUESTION_MAX = 160;
/** Questions one seat may ask by default (`aantal:`), and at most. */
export const DEFAULT_QUESTIONS_PER_SEAT = 3;
export const MOST_QUESTIONS_PER_SEAT = 10;
/** Votes one seat may hold; more than the phones' list can show, so an honest phone never reaches it. */
export const MOST_VOTES_PER_SEAT = 100;
/** The phones' list: at most this many approved questions (the most voted, and the one being answered). */
export const PHONE_LIST_MAX = 60;

const LOCAL_ID = /^[a-z0-9]{4,12}$/;
const PUBLIC_ID = /^[a-z0-9]{1,16}$/;

/** Whether `value` is a question of 1..max characters of clean text, with a clean name of at most 30 characters when there is one. */
export function isAskedQuestion(value: unknown, max: number): value is AskedQuestion {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { id, text, name, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return false;
  if (typeof id !== 'string' || !LOCAL_ID.test(id)) return false;
  if (typeof text !== 'string' || text.length < 1 || text.length > max || !isCleanText(text)) return false;
  // The nickname's rule, written out: room-schema's isNickname would ride along into the phone's shared chunk.
  return name === undefined || (typeof name === 'string' && name.length >= 1 && name.length <= NICKNAME_MAX_LENGTH && isCleanText(name));
}

/**
 * Whether `value` is a phone's questions and votes within the limits: at most `perSeat` questions
 * with distinct ids, at most MOST_VOTES_PER_SEAT votes that look like public ids. Votes are not
 * checked against the questions here: a vote on a question that is unknown, not approved, the
 * phone's own, or given twice simply does not count (see the tally).
 */
export function isVragenAnswer(value: unknown, limits: { max: number; perSeat: number }): value is VragenAnswer {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { questions, votes, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || !Array.isArray(questions) || !Array.isArray(votes)) return false;
  if (questions.length > limits.perSeat || !questions.every((q) => isAskedQuestion(q, limits.max))) return false;
  if (new Set(questions.map((q: AskedQuestion) => q.id)).size !== questions.length) return false;
  return votes.length <= MOST_VOTES_PER_SEAT && votes.every((vote) => typeof vote === 'string' && PUBLIC_ID.test(vote));
}

/** What the trainer approves of a question: its id, text and name together, so an edit after approval takes it off again. */
export function questionContentHash(question: AskedQuestion): string {
  return hashText(`${question.id}\n${question.text}\n${question.name ?? ''}`);
}

/**
 * What a phone tells its participant before it sends a question or a vote: the same limits the
 * server holds (rules.ts), in plain Dutch, so an honest phone never runs into a refusal. Pure.
 */
import { cleanText } from '../../shared/clean-text.ts';
import type { VragenAnswer } from './rules.ts';

/** Why a typed question cannot be sent yet, or null when it can. */
export function questionProblem(typed: string, answer: VragenAnswer, limits: { max: number; perSeat: number }): string | null {
  const text = cleanText(typed);
  if (answer.questions.length >= limits.perSeat) {
    return `Je hebt al ${limits.perSeat} ${limits.perSeat === 1 ? 'vraag' : 'vragen'} gesteld; meer kan niet. Stem wel op de vragen van anderen.`;
  }
  if (text === '') return 'Typ eerst je vraag.';
  if (text.length > limits.max) return `Je vraag is te lang: ${text.length} tekens, er passen er ${limits.max}. Maak hem korter.`;
  if (answer.questions.some((q) => q.text === text)) return 'Deze vraag heb je al gesteld.';
  return null;
}

/** What a phone says when it keeps below its budget of changes (the server's SEAT_BUDGET, with room to spare). */
export const SLOW_DOWN = 'Even rustig aan: wacht een paar tellen en probeer het dan opnieuw.';

/**
 * The phone's own budget of changes it sends: a little stricter than the server's SEAT_BUDGET
 * (seat-budget.ts; a test holds the two together, and the phone view does not load that file), so
 * the participant reads SLOW_DOWN instead of being cut off.
 */
export const PHONE_BUDGET = { burst: 16, perSecond: 0.5 } as const;

export function createPhoneBudget(now: () => number) {
  const { burst, perSecond } = PHONE_BUDGET;
  let tokens: number = burst;
  let last = now();
  return {
    take(): boolean {
      const time = now();
      tokens = Math.min(burst, tokens + ((time - last) / 1000) * perSecond);
      last = time;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

/** A fresh id for a new question: ten random letters and digits (52 bits: no two phones of a hall pick the same). */
export function newQuestionId(random: () => number = Math.random): string {
  return Array.from({ length: 10 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)]).join('');
}

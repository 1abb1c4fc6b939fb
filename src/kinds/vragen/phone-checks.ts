/**
 * What a phone tells its participant before it sends a question or a vote: the same limits the
 * server holds (rules.ts), in plain Dutch, so an honest phone never runs into a refusal. Pure.
 */
import { cleanText } from '../../shared/clean-text.ts';
import { SEAT_BUDGET, type VragenAnswer } from './rules.ts';

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
 * The phone's own count of the changes it sends: a little stricter than the server's budget, so
 * the participant reads SLOW_DOWN instead of being cut off.
 */
export function createPhoneBudget(now: () => number) {
  const burst = SEAT_BUDGET.burst - 4;
  let tokens = burst;
  let last = now();
  return {
    take(): boolean {
      const time = now();
      tokens = Math.min(burst, tokens + ((time - last) / 1000) * SEAT_BUDGET.perSecond);
      last = time;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

/** A fresh id for a new question: eight random letters and digits. */
export function newQuestionId(random: () => number = Math.random): string {
  return Array.from({ length: 8 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)]).join('');
}

/** Short free text a participant types (an open answer, a rewritten feedback line): its rules, shared by phone and server. */
import { cleanText, isCleanText } from '../clean-text.ts';

/** The longest `max:` a block may set; a projector card holds about this much. */
export const FREE_TEXT_LIMIT = 280;

/**
 * Whether `value` is text of 1..max characters that may be shown as it is: one trimmed line
 * without control, bidi or zero-width characters or piled-up combining marks (see clean-text.ts).
 */
export function isFreeText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= max && isCleanText(value);
}

/** What a phone sends for what was typed: one clean line, runs of white space as one space, trimmed. */
export function normalizeFreeText(typed: string): string {
  return cleanText(typed);
}

/** A simulated phone's text as the free-text rule accepts it: within `max` characters, trimmed. */
export function sampleFreeText(text: string, max: number): string {
  return text.slice(0, max).trim();
}

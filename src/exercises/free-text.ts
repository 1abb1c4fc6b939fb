/** Short free text a participant types (an open answer, a rewritten feedback line): its rules, shared by phone and server. */

/** The longest `max:` a block may set; a projector card holds about this much. */
export const FREE_TEXT_LIMIT = 280;

/**
 * Characters no honest answer holds: control characters (line breaks included, the phone sends
 * one line), line/paragraph separators, and bidi overrides that would make the projector show
 * the text in another order than the trainer read it.
 */
const FORBIDDEN = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** Whether `value` is text of 1..max characters, already trimmed, without forbidden characters. */
export function isFreeText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= max && value === value.trim() && !FORBIDDEN.test(value);
}

/** What a phone sends for what was typed: one line, runs of white space as one space, trimmed. */
export function normalizeFreeText(typed: string): string {
  return typed
    .replace(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

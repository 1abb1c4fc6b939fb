/** Text a person types that other screens show (a nickname, an open answer, a rewrite): what may be in it, one rule for phone and server. */

/**
 * Combining marks allowed in a row (counted after NFC). Two hold every honest spelling a Dutch
 * room meets (Vietnamese ệ, Arabic shadda + vowel, Thai vowel + tone, an emoji's style mark);
 * a "Zalgo" pile of dozens would climb over the lines above on every screen.
 */
export const MAX_COMBINING_MARKS_IN_A_ROW = 2;

/** A zero-width joiner between two emoji: it makes 👩‍🔧 one picture, the only place it belongs. */
const EMOJI_JOINER = String.raw`(?<=\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?)\u200d(?=\p{Extended_Pictographic})`;

/**
 * Characters that are invisible or rearrange what is around them, so a name could look like
 * another or turn the other names around on the projector: every format character (bidi
 * embeddings, overrides, isolates and marks U+202A-202E, U+2066-2069, U+200E/200F, U+061C;
 * zero-width space, non-joiner and joiner U+200B-200D; word joiner and invisible operators
 * U+2060-2064; the byte order mark U+FEFF; the soft hyphen, which the screens need no help
 * with as they wrap long words themselves), and Hangul fillers that render as a blank letter.
 * The zero-width joiner inside an emoji stays.
 */
const INVISIBLE = String.raw`(?!${EMOJI_JOINER})[\p{Cf}\u115f\u1160\u3164\uffa0]`;

/** Characters that break a line or drive a terminal: controls (line breaks, tabs, escapes), line and paragraph separators, lone surrogates. */
const BREAKING = String.raw`[\p{Cc}\p{Zl}\p{Zp}\p{Cs}]`;

const invisibleOnes = new RegExp(INVISIBLE, 'gu');
const breakingOnes = new RegExp(BREAKING, 'gu');
const forbidden = new RegExp(`${INVISIBLE}|${BREAKING}`, 'u');
const tooManyMarks = new RegExp(String.raw`\p{M}{${MAX_COMBINING_MARKS_IN_A_ROW + 1}}`, 'u');
const marksBeyondTheCap = new RegExp(String.raw`(\p{M}{${MAX_COMBINING_MARKS_IN_A_ROW}})\p{M}+`, 'gu');

/**
 * Whether `value` may be shown as it is: one trimmed line with no invisible or line-breaking
 * character and no more than MAX_COMBINING_MARKS_IN_A_ROW combining marks in a row. The server
 * refuses text that is not; `cleanText` makes any typed text pass.
 */
export function isCleanText(value: string): boolean {
  return value === value.trim() && !forbidden.test(value) && !tooManyMarks.test(value);
}

/**
 * What a phone sends for what was typed: invisible characters dropped, line breaks and controls
 * as spaces, composed (NFC), marks beyond the cap dropped, runs of white space as one space,
 * trimmed. With `max`, cut to at most that many UTF-16 units without splitting a character.
 */
export function cleanText(typed: string, max = Infinity): string {
  const clean = (text: string) =>
    text
      .replace(invisibleOnes, '')
      .replace(breakingOnes, ' ')
      .normalize('NFC')
      .replace(marksBeyondTheCap, '$1')
      .replace(/\s+/g, ' ')
      .trim();
  const whole = clean(typed);
  if (whole.length <= max) return whole;
  let cut = '';
  for (const character of whole) {
    if (cut.length + character.length > max) break;
    cut += character;
  }
  // Cutting can leave a space at the end or an emoji joiner with nothing to join.
  return clean(cut);
}

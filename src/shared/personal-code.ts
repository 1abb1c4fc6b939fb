/**
 * A leergang member's personal code: typed on a new phone to be the same member again. Ten
 * characters of the join-code alphabet (no 0/O, 1/I/L) are about 49 bits; with the server's
 * limit on wrong guesses per address, guessing one is not feasible.
 */
import { createJoinCode, JOIN_CODE_ALPHABET } from './join-code.ts';

export const PERSONAL_CODE_LENGTH = 10;

export function createPersonalCode(randomBytes: (count: number) => Uint8Array): string {
  return createJoinCode(randomBytes, PERSONAL_CODE_LENGTH);
}

/** What a person typed, uppercased and without spaces or dashes; null when it cannot be a personal code. */
export function normalizePersonalCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== PERSONAL_CODE_LENGTH) return null;
  for (const char of code) if (!JOIN_CODE_ALPHABET.includes(char)) return null;
  return code;
}

/** "ABCDEFGHJK" → "ABCDE-FGHJK": two halves are easier to copy from a phone. */
export function formatPersonalCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Short room codes that survive being read aloud and typed on a phone. */

/** No 0/O, 1/I/L: the characters people confuse on a projector. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** Builds a code from random bytes (passed in, so browser and Node supply their own source). */
export function createJoinCode(randomBytes: (count: number) => Uint8Array, length = JOIN_CODE_LENGTH): string {
  let code = '';
  // Rejection sampling keeps every character equally likely (256 is not a multiple of 31).
  const limit = 256 - (256 % JOIN_CODE_ALPHABET.length);
  while (code.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit && code.length < length) {
        code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
      }
    }
  }
  return code;
}

/** What a person typed, uppercased and without spaces or dashes; null when it cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const char of code) if (!JOIN_CODE_ALPHABET.includes(char)) return null;
  return code;
}

/** "ABC234" → "ABC 234": easier to read from the back of a room. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}

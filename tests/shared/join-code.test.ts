import { describe, expect, test } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createJoinCode, formatJoinCode, JOIN_CODE_ALPHABET, normalizeJoinCode } from '../../src/shared/join-code.ts';

describe('join codes', () => {
  test('have six characters without the ones people confuse (0/O, 1/I/L)', () => {
    for (const char of '0O1IL') expect(JOIN_CODE_ALPHABET).not.toContain(char);
    for (let i = 0; i < 200; i++) {
      const code = createJoinCode((n) => randomBytes(n));
      expect(code).toMatch(/^[A-Z2-9]{6}$/);
      expect(code).not.toMatch(/[01OIL]/);
    }
  });

  test('use every allowed character, with rejection sampling above the last whole multiple', () => {
    const bytes = new Uint8Array([255, 0, 30, 31, 248, 1, 2, 3, 4, 5, 6, 7]);
    // 255 and 248 fall above 248 (= 8 × 31) and are skipped; the rest map by remainder.
    expect(createJoinCode(() => bytes)).toBe('A9ABCD');
  });

  test('normalize what a person types, and refuse what cannot be a code', () => {
    expect(normalizeJoinCode('abc 234')).toBe('ABC234');
    expect(normalizeJoinCode('abc-234')).toBe('ABC234');
    expect(normalizeJoinCode('ABC23')).toBeNull();
    expect(normalizeJoinCode('ABC230')).toBeNull();
    expect(normalizeJoinCode('<scrip')).toBeNull();
  });

  test('format in two groups of three for the projector', () => {
    expect(formatJoinCode('ABC234')).toBe('ABC 234');
  });
});

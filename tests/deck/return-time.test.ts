import { describe, expect, test } from 'vitest';
import { returnTime } from '../../src/shared/deck/return-time.ts';

// Local dates: the function reads the laptop's own clock, whatever its time zone.
const at = (hours: number, minutes: number, seconds = 0) => new Date(2025, 2, 4, hours, minutes, seconds);

describe('returnTime', () => {
  test('adds the break to the clock time the pause slide is shown', () => {
    expect(returnTime(at(15, 5), 15)).toBe('15:20');
    expect(returnTime(at(9, 50), 15)).toBe('10:05');
  });

  test('rounds seconds up, so the break is never cut short', () => {
    expect(returnTime(at(15, 5, 1), 15)).toBe('15:21');
  });

  test('runs past midnight on the clock', () => {
    expect(returnTime(at(23, 50), 15)).toBe('0:05');
  });
});

import { describe, expect, test } from 'vitest';
import { sheetNames } from '../../../server/tables/sheet-names.ts';

describe('sheetNames', () => {
  test('keeps a title that Excel accepts as it is', () => {
    expect(sheetNames(['Sessie 1 – één stap verder'])).toEqual(['Sessie 1 – één stap verder']);
  });

  test('cuts a long title to 31 characters, at a whole character', () => {
    const [name] = sheetNames(['Sessie 1: Situationeel leidinggeven en de mentor als coach']);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).toBe('Sessie 1- Situationeel leidingg');
    const [emoji] = sheetNames([`${'a'.repeat(30)}🙂 en meer`]);
    expect(emoji).toBe('a'.repeat(30));
  });

  test('replaces the characters Excel forbids, and the apostrophes it forbids at either end', () => {
    expect(sheetNames(['Wat [nu]? a/b\\c:d*e', "'Citaat'", 'regel\r\n\tnieuw\u0007'])).toEqual(['Wat -nu-- a-b-c-d-e', 'Citaat', 'regel nieuw-']);
  });

  test('names a blank title, and makes equal names distinct the way Excel compares them', () => {
    expect(sheetNames(['', '  ', 'Sessie', 'SESSIE', 'history'])).toEqual(['Blad', 'Blad (2)', 'Sessie', 'SESSIE (2)', 'History-blad']);
    const long = 'x'.repeat(40);
    const names = sheetNames([long, long]);
    expect(names).toEqual(['x'.repeat(31), `${'x'.repeat(27)} (2)`]);
  });
});

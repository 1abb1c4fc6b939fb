import { describe, expect, test } from 'vitest';
import type { BlockError, BlockSource } from '../../../src/exercises/kind.ts';
import { formatScore, LIKERT_LABELS, scaleModel } from '../../../src/exercises/scale/model.ts';
import { entries, FROM_P1 } from '../../support/answers.ts';

function block(lines: string[], firstLine = 20): BlockSource {
  return { keyword: 'scale', id: 'zelf', deck: 'testdeck', line: firstLine - 1, tags: ['D2'], body: lines.map((text, i) => ({ text, line: firstLine + i })) };
}

function errorOf(lines: string[]): BlockError {
  try {
    scaleModel.parse(block(lines));
  } catch (error) {
    return error as BlockError;
  }
  throw new Error('expected a parse error');
}

describe('scaleModel.parse', () => {
  test('reads a 0-10 scale with labels at both ends', () => {
    expect(scaleModel.parse(block(['Ik kan mijn medewerker goed begeleiden.', 'schaal: 0-10', 'links: helemaal niet', 'rechts: helemaal wel']))).toEqual({
      kind: 'scale',
      id: 'zelf',
      tags: ['D2'],
      seconds: undefined,
      question: 'Ik kan mijn medewerker goed begeleiden.',
      min: 0,
      max: 10,
      labels: [
        { value: 0, text: 'helemaal niet' },
        { value: 10, text: 'helemaal wel' },
      ],
    });
  });

  test('reads a Likert item with a label for each of its five values', () => {
    const definition = scaleModel.parse(block(['Ik weet wie ik kan bellen.', 'schaal: likert']));
    expect(definition).toMatchObject({ min: 1, max: 5 });
    expect(definition.labels.map((label) => label.text)).toEqual(LIKERT_LABELS);
  });

  test('names the line of a bad range, an unknown field or end labels on a Likert scale', () => {
    const range = errorOf(['Stelling', 'schaal: 1-20']);
    expect(range.line).toBe(21);
    expect(range.message).toMatch(/within 0-10/);
    expect(errorOf(['Stelling', 'schaal: 3-4']).message).toMatch(/at least 3 steps/);
    expect(errorOf(['Stelling', 'schaal: 0-10', 'midden: ok']).message).toMatch(/unknown field "midden:"/);
    expect(errorOf(['Stelling', 'schaal: likert', 'links: nee']).message).toMatch(/own labels/);
    expect(errorOf(['Stelling']).line).toBe(19);
    expect(errorOf(['schaal: 0-10']).message).toMatch(/statement is missing/);
  });
});

describe('scaleModel answers', () => {
  const definition = scaleModel.parse(block(['Stelling', 'schaal: 0-10']));

  test('accepts whole numbers in the range only', () => {
    expect(scaleModel.isValidAnswer(definition, 0, FROM_P1)).toBe(true);
    expect(scaleModel.isValidAnswer(definition, 10, FROM_P1)).toBe(true);
    for (const bad of [11, -1, 7.5, '7', null, [7]]) expect(scaleModel.isValidAnswer(definition, bad, FROM_P1)).toBe(false);
  });

  test('counts per value with mean and median, ignoring what is out of range', () => {
    const tally = scaleModel.tally(definition, entries([7, 8, 6, 8, 42]), undefined);
    expect(tally).toMatchObject({ total: 4, mean: 7.3, median: 7.5 });
    expect(tally.counts).toMatchObject({ 0: 0, 6: 1, 7: 1, 8: 2, 10: 0 });
    expect(scaleModel.tally(definition, entries([]), undefined)).toMatchObject({ total: 0, mean: null, median: null });
    expect(scaleModel.verdict(definition, 7)).toBeNull();
  });

  test('formats scores the Dutch way', () => {
    expect(formatScore(7.3)).toBe('7,3');
    expect(formatScore(null)).toBe('–');
  });
});

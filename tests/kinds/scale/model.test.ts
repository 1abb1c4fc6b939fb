import { describe, expect, test } from 'vitest';
import { BlockError, type BlockSource } from '../../../src/shared/kind/kind.ts';
import { comparisonProblems } from '../../../src/kinds/scale/comparisons.ts';
import { formatScore, formatShift, LIKERT_LABELS, scaleModel, type ScaleDefinition } from '../../../src/kinds/scale/model.ts';
import { entries, FROM_P1 } from '../../support/answers.ts';
import { thrownBy } from '../../support/thrown.ts';

function block(lines: string[], firstLine = 20, deck = 'testdeck', id = 'zelf'): BlockSource {
  return { keyword: 'scale', id, deck, line: firstLine - 1, tags: ['D2'], body: lines.map((text, i) => ({ text, line: firstLine + i })) };
}

const errorOf = (lines: string[]) => thrownBy(() => scaleModel.parse(block(lines)), BlockError);

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
      deck: 'testdeck',
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

describe('a scale as the session\'s evaluation ("evaluatie:")', () => {
  test('is marked with "evaluatie: ja" and left unmarked with "nee" or without the field', () => {
    expect(scaleModel.parse(block(['Deze bijeenkomst was bruikbaar.', 'schaal: likert', 'evaluatie: ja'])).evaluation).toBe(true);
    expect(scaleModel.parse(block(['Deze bijeenkomst was bruikbaar.', 'schaal: likert', 'evaluatie: Nee']))).not.toHaveProperty('evaluation');
    expect(scaleModel.parse(block(['Deze bijeenkomst was bruikbaar.', 'schaal: likert']))).not.toHaveProperty('evaluation');
  });

  test('names the line of a value that is neither "ja" nor "nee"', () => {
    const error = errorOf(['Stelling', 'schaal: likert', 'evaluatie: misschien']);
    expect(error.line).toBe(22);
    expect(error.message).toBe('"evaluatie:" must be "ja" or "nee"');
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

  test('formats scores and shifts the Dutch way', () => {
    expect(formatScore(7.3)).toBe('7,3');
    expect(formatScore(null)).toBe('–');
    expect([formatShift(2), formatShift(-0.5), formatShift(0), formatShift(null)]).toEqual(['+2', '−0,5', '±0', '–']);
  });
});

describe('scale compared with an earlier session ("vergelijk:")', () => {
  const parseIn = (deck: string, id: string, lines: string[]) => scaleModel.parse(block(lines, 20, deck, id));

  test('reads the earlier deck and scale, keeping the line for the build check', () => {
    const definition = parseIn('sessie-5', 'zelf-eind', ['Stelling', 'schaal: 0-10', 'vergelijk: sessie-1/zelf-start']);
    expect(definition.compare).toEqual({ deck: 'sessie-1', exercise: 'zelf-start', line: 22 });
    expect(scaleModel.parse(block(['Stelling', 'schaal: 0-10'])).compare).toBeUndefined();
  });

  test('tells phones where to remember their answer and which earlier answer to compare with', () => {
    const later = parseIn('sessie-5', 'zelf-eind', ['Stelling', 'schaal: 0-10', 'vergelijk: sessie-1/zelf-start']);
    expect(scaleModel.toPrompt(later, undefined)).toMatchObject({
      remember: 'sessie-5/zelf-eind',
      compare: { remember: 'sessie-1/zelf-start', session: 'sessie 1' },
    });
    const earlier = parseIn('sessie-1', 'zelf-start', ['Stelling', 'schaal: 0-10']);
    expect(scaleModel.toPrompt(earlier, undefined)).not.toHaveProperty('compare');
    expect(scaleModel.toPrompt(earlier, undefined).remember).toBe('sessie-1/zelf-start');
  });

  test('names the line of a malformed reference or one that points at itself', () => {
    const malformed = errorOfIn('sessie-5', 'zelf', ['Stelling', 'schaal: 0-10', 'vergelijk: zelf-start']);
    expect([malformed.line, malformed.message]).toEqual([22, expect.stringMatching(/names a deck and a scale in it/)]);
    expect(errorOfIn('sessie-5', 'zelf', ['Stelling', 'schaal: 0-10', 'vergelijk: Sessie 1/zelf']).line).toBe(22);
    expect(errorOfIn('sessie-5', 'zelf', ['Stelling', 'schaal: 0-10', 'vergelijk: sessie-5/zelf']).message).toMatch(/this scale itself/);
  });

  const errorOfIn = (deck: string, id: string, lines: string[]) => thrownBy(() => parseIn(deck, id, lines), BlockError);

  describe('comparisonProblems (across decks)', () => {
    const start = parseIn('sessie-1', 'zelf-start', ['Stelling', 'schaal: 0-10']);
    const likert = parseIn('sessie-1', 'eens', ['Stelling', 'schaal: likert']);
    const choice = { kind: 'choice', id: 'vraag', tags: [] };
    const decks = (later: ScaleDefinition) => ({
      'sessie-1': { 'zelf-start': start, eens: likert, vraag: choice },
      'sessie-5': { [later.id]: later },
    });
    const comparing = (reference: string, scale = 'schaal: 0-10') => parseIn('sessie-5', 'eind', ['Stelling', scale, `vergelijk: ${reference}`]);

    test('accepts a scale in another deck with the same range', () => {
      expect(comparisonProblems(decks(comparing('sessie-1/zelf-start')))).toEqual([]);
      expect(comparisonProblems(decks(comparing('sessie-1/eens', 'schaal: likert')))).toEqual([]);
    });

    test('reports an unknown deck, an unknown exercise, another kind or another range at the "vergelijk:" line', () => {
      const problem = (reference: string, scale?: string) => comparisonProblems(decks(comparing(reference, scale)));
      expect(problem('sessie-9/zelf-start')).toEqual([
        { deck: 'sessie-5', line: 22, problem: 'scale "eind": "vergelijk:" names deck "sessie-9", which does not exist (decks: sessie-1, sessie-5)' },
      ]);
      expect(problem('sessie-1/zelf')[0].problem).toMatch(/"zelf", which is not an exercise in deck "sessie-1"/);
      expect(problem('sessie-1/vraag')[0].problem).toMatch(/which is a choice, not a scale/);
      expect(problem('sessie-1/zelf-start', 'schaal: 1-5')[0].problem).toMatch(/another scale \(0-10 instead of 1-5\)/);
      expect(problem('sessie-1/zelf-start', 'schaal: likert')[0].problem).toMatch(/another scale \(0-10 instead of likert\)/);
    });
  });
});

import { describe, expect, test } from 'vitest';
import { choiceModel, isCorrect, type ChoiceDefinition } from '../../../src/kinds/choice/model.ts';
import { BlockError, type BlockSource } from '../../../src/shared/kind/kind.ts';
import { entries, FROM_P1 } from '../../support/answers.ts';
import { thrownBy } from '../../support/thrown.ts';

function block(lines: string[], keyword = 'choice', firstLine = 10): BlockSource {
  return { keyword, id: 'q1', deck: 'testdeck', line: firstLine - 1, tags: ['D3'], body: lines.map((text, i) => ({ text, line: firstLine + i })) };
}

const valid = [
  'Waarom worden mensen met een LVB vaak overschat?',
  '- [ ] Ze hebben altijd een diploma',
  '- [x] Ze praten soms heel vaardig',
  '- [ ] Het is aan het uiterlijk te zien',
  'uitleg: Een LVB zie je niet aan de buitenkant. [S16]',
];

const errorOf = (lines: string[], keyword = 'choice') => thrownBy(() => choiceModel.parse(block(lines, keyword)), BlockError);

describe('choiceModel.parse', () => {
  test('reads question, options with ids a, b, c, the right option and explanation', () => {
    expect(choiceModel.parse(block(valid))).toEqual({
      kind: 'choice',
      mode: 'single',
      id: 'q1',
      tags: ['D3'],
      seconds: undefined,
      question: 'Waarom worden mensen met een LVB vaak overschat?',
      options: [
        { id: 'a', text: 'Ze hebben altijd een diploma' },
        { id: 'b', text: 'Ze praten soms heel vaardig' },
        { id: 'c', text: 'Het is aan het uiterlijk te zien' },
      ],
      correct: ['b'],
      explanation: 'Een LVB zie je niet aan de buitenkant. [S16]',
      poll: false,
    });
  });

  test('names the line of a second [x] in a single-choice block, and points to multi', () => {
    const error = errorOf([valid[0], '- [x] een', '- [x] twee', valid[4]]);
    expect(error.line).toBe(12);
    expect(error.message).toMatch(/more than one option is marked.*"::: multi"/);
  });

  test('reads several right options in a multi block', () => {
    const definition = choiceModel.parse(block([valid[0], '- [x] een', '- [ ] twee', '- [x] drie', valid[4]], 'multi'));
    expect(definition).toMatchObject({ mode: 'multi', correct: ['a', 'c'] });
  });

  test('reads a true/false statement with its answer', () => {
    const definition = choiceModel.parse(
      block(['Bij een LVB gaat het alleen om een laag IQ.', 'antwoord: onjuist', 'uitleg: Ook sociale redzaamheid telt. [S16]'], 'truefalse'),
    );
    expect(definition).toMatchObject({
      mode: 'truefalse',
      options: [
        { id: 'juist', text: 'Juist' },
        { id: 'onjuist', text: 'Onjuist' },
      ],
      correct: ['onjuist'],
    });
    expect(errorOf(['Stelling.', 'antwoord: misschien', 'uitleg: x'], 'truefalse').message).toMatch(/"juist" or "onjuist"/);
    expect(errorOf(['Stelling.', 'uitleg: x'], 'truefalse').message).toMatch(/"antwoord:" is missing/);
    expect(errorOf(['Stelling.', '- [x] ja', 'uitleg: x'], 'truefalse').message).toMatch(/has no options/);
  });

  test('rejects a block without a right option, at the block line', () => {
    const error = errorOf([valid[0], '- [ ] een', '- [ ] twee', valid[4]]);
    expect(error.line).toBe(9);
    expect(error.message).toMatch(/no option is marked/);
  });

  test('rejects a block without explanation, a single option, a malformed option and unknown fields', () => {
    expect(errorOf(valid.slice(0, 4)).message).toMatch(/uitleg/);
    expect(errorOf([valid[0], '- [x] een', valid[4]]).message).toMatch(/at least 2 options/);
    const malformed = errorOf([valid[0], '- [x] een', '- twee', valid[4]]);
    expect(malformed.line).toBe(12);
    expect(malformed.message).toMatch(/"- \[ \] text"/);
    expect(errorOf([...valid.slice(0, 4), 'antwoord: b', valid[4]]).message).toMatch(/unknown field "antwoord:"/);
  });
});

describe('choiceModel answers', () => {
  const single = choiceModel.parse(block(valid)) as ChoiceDefinition;
  const multi = choiceModel.parse(block([valid[0], '- [x] een', '- [ ] twee', '- [x] drie', valid[4]], 'multi'));

  test('single choice accepts only the id of an existing option', () => {
    expect(choiceModel.isValidAnswer(single, 'a', FROM_P1)).toBe(true);
    expect(choiceModel.isValidAnswer(single, 'd', FROM_P1)).toBe(false);
    expect(choiceModel.isValidAnswer(single, ['a'], FROM_P1)).toBe(false);
    expect(choiceModel.isValidAnswer(single, { id: 'a' }, FROM_P1)).toBe(false);
  });

  test('multi accepts a non-empty, sorted list of distinct existing options', () => {
    expect(choiceModel.isValidAnswer(multi, ['a', 'c'], FROM_P1)).toBe(true);
    expect(choiceModel.isValidAnswer(multi, ['b'], FROM_P1)).toBe(true);
    expect(choiceModel.isValidAnswer(multi, [], FROM_P1)).toBe(false);
    expect(choiceModel.isValidAnswer(multi, ['c', 'a'], FROM_P1)).toBe(false);
    expect(choiceModel.isValidAnswer(multi, ['a', 'a'], FROM_P1)).toBe(false);
    expect(choiceModel.isValidAnswer(multi, ['a', 'z'], FROM_P1)).toBe(false);
    expect(choiceModel.isValidAnswer(multi, 'a', FROM_P1)).toBe(false);
  });

  test('tallies answers per option, ticks for multi, and ignores what it does not know', () => {
    expect(choiceModel.tally(single, entries(['a', 'b', 'b', 'zz']), undefined)).toEqual({ total: 3, counts: { a: 1, b: 2, c: 0 }, right: 2 });
    expect(choiceModel.tally(multi, entries([['a', 'c'], ['a'], ['c', 'a']]), undefined)).toEqual({ total: 2, counts: { a: 2, b: 0, c: 1 }, right: 1 });
  });

  test('judges an answer right only when it picks exactly the right options', () => {
    expect(isCorrect(single, 'b')).toBe(true);
    expect(isCorrect(single, 'a')).toBe(false);
    expect(isCorrect(multi, ['a', 'c'])).toBe(true);
    expect(isCorrect(multi, ['a'])).toBe(false);
    expect(isCorrect(multi, undefined)).toBe(false);
  });

  test('keeps the right answer out of the prompt and puts it in the reveal', () => {
    const prompt = choiceModel.toPrompt(single, undefined);
    expect(JSON.stringify(prompt)).not.toMatch(/correct|uitleg|explanation/);
    const reveal = choiceModel.toReveal(single, choiceModel.tally(single, entries(['b']), undefined), undefined);
    expect(reveal).toEqual({ correct: ['b'], explanation: single.explanation, tally: { total: 1, counts: { a: 0, b: 1, c: 0 }, right: 1 } });
  });
});

describe('a poll (::: peiling)', () => {
  const poll = ['Welke organisatie vertegenwoordigt u?', '- Gemeente of UWV', '- Werkgever', '- Jobcoachbedrijf'];

  test('reads options without boxes, and has no right answer', () => {
    const definition = choiceModel.parse(block(poll, 'peiling'));
    expect(definition).toMatchObject({ mode: 'single', poll: true, correct: [], explanation: '' });
    expect(definition.options.map((option) => option.text)).toEqual(['Gemeente of UWV', 'Werkgever', 'Jobcoachbedrijf']);
  });

  test('"meerdere: ja" lets people tick several', () => {
    expect(choiceModel.parse(block([...poll, 'meerdere: ja'], 'peiling')).mode).toBe('multi');
    expect(errorOf([...poll, 'meerdere: soms'], 'peiling').message).toMatch(/"meerdere:" must be "ja" or "nee"/);
  });

  test('a box marked as the right answer is a mistake at its line', () => {
    const error = errorOf([poll[0], '- [x] Werkgever', '- Anders'], 'peiling');
    expect(error.line).toBe(11);
    expect(error.message).toMatch(/a poll has no right answer/);
  });

  test('no verdict and no "goed" figure: only the share per option', () => {
    const definition = choiceModel.parse(block(poll, 'peiling'));
    const tallied = choiceModel.tally(definition, entries(['a', 'a', 'b']), undefined);
    expect(choiceModel.verdict(definition, 'a')).toBeNull();
    expect(choiceModel.measureNames!(definition)).toEqual(['A', 'B', 'C']);
    expect(choiceModel.measures!(definition, tallied, undefined)).toEqual({ A: (2 / 3) * 100, B: (1 / 3) * 100, C: 0 });
  });
});

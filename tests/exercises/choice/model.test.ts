import { describe, expect, test } from 'vitest';
import { choiceModel, type ChoiceDefinition } from '../../../src/exercises/choice/model.ts';
import { BlockError, type BlockSource } from '../../../src/exercises/kind.ts';

function block(lines: string[], firstLine = 10): BlockSource {
  return { kind: 'choice', id: 'q1', line: firstLine - 1, body: lines.map((text, i) => ({ text, line: firstLine + i })) };
}

const valid = [
  'Waarom worden mensen met een LVB vaak overschat?',
  '- [ ] Ze hebben altijd een diploma',
  '- [x] Ze praten soms heel vaardig',
  '- [ ] Het is aan het uiterlijk te zien',
  'uitleg: Een LVB zie je niet aan de buitenkant. [S16]',
  'tags: D3, WB2',
];

function errorOf(lines: string[]): BlockError {
  try {
    choiceModel.parse(block(lines));
  } catch (error) {
    return error as BlockError;
  }
  throw new Error('expected a parse error');
}

describe('choiceModel.parse', () => {
  test('reads question, options with ids a, b, c, the right option, explanation and tags', () => {
    const definition = choiceModel.parse(block(valid));
    expect(definition).toEqual({
      kind: 'choice',
      id: 'q1',
      tags: ['D3', 'WB2'],
      question: 'Waarom worden mensen met een LVB vaak overschat?',
      options: [
        { id: 'a', text: 'Ze hebben altijd een diploma' },
        { id: 'b', text: 'Ze praten soms heel vaardig' },
        { id: 'c', text: 'Het is aan het uiterlijk te zien' },
      ],
      correct: 'b',
      explanation: 'Een LVB zie je niet aan de buitenkant. [S16]',
    });
  });

  test('names the line of a second [x]', () => {
    const error = errorOf([valid[0], '- [x] een', '- [x] twee', valid[4]]);
    expect(error.line).toBe(12);
    expect(error.message).toMatch(/more than one option/);
  });

  test('rejects a block without a right option, at the block line', () => {
    const error = errorOf([valid[0], '- [ ] een', '- [ ] twee', valid[4]]);
    expect(error.line).toBe(9);
    expect(error.message).toMatch(/no option is marked/);
  });

  test('rejects a block without explanation', () => {
    expect(errorOf(valid.slice(0, 4)).message).toMatch(/uitleg/);
  });

  test('rejects a single option', () => {
    expect(errorOf([valid[0], '- [x] een', valid[4]]).message).toMatch(/at least 2 options/);
  });

  test('rejects a malformed option line with its line number', () => {
    const error = errorOf([valid[0], '- [x] een', '- twee', valid[4]]);
    expect(error.line).toBe(12);
    expect(error.message).toMatch(/"- \[ \] text"/);
  });

  test('rejects an unknown tag and an unknown field', () => {
    expect(errorOf([...valid.slice(0, 5), 'tags: D9']).message).toMatch(/unknown tag "D9"/);
    expect(errorOf([...valid.slice(0, 4), 'antwoord: b', valid[4]]).message).toMatch(/unknown field "antwoord:"/);
  });
});

describe('choiceModel answers', () => {
  const definition = choiceModel.parse(block(valid)) as ChoiceDefinition;

  test('accepts only the id of an existing option', () => {
    expect(choiceModel.isValidAnswer(definition, 'a')).toBe(true);
    expect(choiceModel.isValidAnswer(definition, 'c')).toBe(true);
    expect(choiceModel.isValidAnswer(definition, 'd')).toBe(false);
    expect(choiceModel.isValidAnswer(definition, ['a'])).toBe(false);
    expect(choiceModel.isValidAnswer(definition, { id: 'a' })).toBe(false);
    expect(choiceModel.isValidAnswer(definition, 1)).toBe(false);
  });

  test('tallies answers per option and ignores values it does not know', () => {
    expect(choiceModel.tally(definition, ['a', 'b', 'b', 'zz'])).toEqual({ total: 3, counts: { a: 1, b: 2, c: 0 } });
  });

  test('keeps the right answer out of the prompt and puts it in the reveal', () => {
    const prompt = choiceModel.toPrompt(definition);
    expect(JSON.stringify(prompt)).not.toContain('correct');
    expect(JSON.stringify(prompt)).not.toContain('uitleg');
    const reveal = choiceModel.toReveal(definition, choiceModel.tally(definition, ['b']));
    expect(reveal).toEqual({ correct: 'b', explanation: definition.explanation, tally: { total: 1, counts: { a: 0, b: 1, c: 0 } } });
  });
});

import { describe, expect, test } from 'vitest';
import { buildResultsExport, resultsToCsv } from '../../../server/results-export.ts';
import { BlockError } from '../../../src/shared/kind/kind.ts';
import { scoreOf, sortModel, type SortAnswer } from '../../../src/kinds/sort/model.ts';
import { blockOf, entries, FROM_P1 } from '../../support/answers.ts';
import { thrownBy } from '../../support/thrown.ts';

const BLOCK = [
  'Wat zag je, en wat denk je erbij?',
  'stapels: waarneming, interpretatie',
  '- "Hij keek drie keer naar de collega naast hem." -> waarneming',
  '- "Hij is onzeker." -> interpretatie',
  '- Ze legde de handschoenen weg. -> Waarneming',
  'uitleg: Een waarneming kun je zien of horen.',
];
const parse = (lines: string[]) => sortModel.parse(blockOf('sorteer', lines, { id: 'zien', firstLine: 20 }));

const errorOf = (lines: string[]) => thrownBy(() => parse(lines), BlockError);

describe('sortModel.parse', () => {
  test('reads the question, the piles and each statement with its pile, without the quotes', () => {
    expect(parse(BLOCK)).toEqual({
      kind: 'sort',
      id: 'zien',
      tags: [],
      seconds: undefined,
      question: 'Wat zag je, en wat denk je erbij?',
      piles: ['waarneming', 'interpretatie'],
      statements: [
        { id: 's1', text: 'Hij keek drie keer naar de collega naast hem.' },
        { id: 's2', text: 'Hij is onzeker.' },
        { id: 's3', text: 'Ze legde de handschoenen weg.' },
      ],
      model: { s1: 'waarneming', s2: 'interpretatie', s3: 'waarneming' },
      explanation: 'Een waarneming kun je zien of horen.',
    });
  });

  test('uses waarneming and interpretatie when the block names no piles, and allows up to four piles', () => {
    const plain = parse(['Zien of denken?', '- "Hij zucht." -> waarneming', '- "Hij is moe." -> interpretatie']);
    expect(plain.piles).toEqual(['waarneming', 'interpretatie']);
    expect(plain.explanation).toBeNull();
    const four = parse(['Welke?', 'stapels: a, b, c, d', '- een -> a', '- twee -> d']);
    expect(four.piles).toEqual(['a', 'b', 'c', 'd']);
  });

  test('names the line of a statement without an arrow, an unknown pile or an empty statement', () => {
    const noArrow = errorOf(['Vraag', '- "Hij is onzeker."', '- "Hij zucht." -> waarneming']);
    expect([noArrow.line, noArrow.message]).toEqual([21, expect.stringMatching(/needs its pile after an arrow/)]);
    const unknown = errorOf(['Vraag', '- "Hij zucht." -> waarneming', '- "Hij is moe." -> oordeel']);
    expect([unknown.line, unknown.message]).toEqual([22, 'unknown pile "oordeel" (the piles are: waarneming, interpretatie)']);
    expect(errorOf(['Vraag', '- "" -> waarneming', '- b -> waarneming']).line).toBe(21);
    expect(errorOf(['Vraag', '- tekst ->', '- b -> waarneming']).message).toMatch(/pile after "->" is missing/);
  });

  test('names the line of a bad "stapels:" and of a field or text that does not belong', () => {
    const one = errorOf(['Vraag', 'stapels: waarneming', '- a -> waarneming', '- b -> waarneming']);
    expect([one.line, one.message]).toEqual([21, expect.stringMatching(/2 to 4 names/)]);
    expect(errorOf(['Vraag', 'stapels: a, b, c, d, e', '- a -> a', '- b -> b']).message).toMatch(/2 to 4 names/);
    expect(errorOf(['Vraag', 'stapels: a, A', '- a -> a', '- b -> a']).message).toMatch(/named twice/);
    const field = errorOf(['Vraag', '- a -> waarneming', '- b -> interpretatie', 'antwoord: a']);
    expect([field.line, field.message]).toEqual([23, expect.stringMatching(/unknown field "antwoord:"/)]);
    expect(errorOf(['Vraag', '- a -> waarneming', 'nog een zin', '- b -> interpretatie']).line).toBe(22);
  });

  test('needs a question and between 2 and 10 statements', () => {
    expect(errorOf(['- a -> waarneming', '- b -> waarneming']).message).toMatch(/question is missing/);
    const few = errorOf(['Vraag', '- a -> waarneming']);
    expect([few.line, few.message]).toEqual([19, expect.stringMatching(/at least 2 statements/)]);
    const lines = ['Vraag', ...Array.from({ length: 11 }, (_, i) => `- zin ${i} -> waarneming`)];
    expect(errorOf(lines)).toMatchObject({ line: 31, message: 'at most 10 statements' });
  });
});

describe('sortModel answers', () => {
  const definition = parse(BLOCK);
  const right: SortAnswer = { s1: 'waarneming', s2: 'interpretatie', s3: 'waarneming' };

  test('accepts a record that puts every statement on an existing pile', () => {
    expect(sortModel.isValidAnswer(definition, right, FROM_P1)).toBe(true);
    expect(sortModel.isValidAnswer(definition, { s1: 'interpretatie', s2: 'interpretatie', s3: 'interpretatie' }, FROM_P1)).toBe(true);
  });

  test('refuses a missing, extra or unknown statement, an unknown pile, and anything not a plain record', () => {
    const bad: unknown[] = [
      { s1: 'waarneming', s2: 'interpretatie' },
      { ...right, s4: 'waarneming' },
      { s1: 'waarneming', s2: 'interpretatie', s9: 'waarneming' },
      { ...right, s3: 'Waarneming' },
      { ...right, s3: 'oordeel' },
      { ...right, s3: 1 },
      ['waarneming', 'interpretatie', 'waarneming'],
      'waarneming',
      null,
      Object.assign(Object.create({ s3: 'waarneming' }), { s1: 'waarneming', s2: 'interpretatie' }),
    ];
    for (const value of bad) expect(sortModel.isValidAnswer(definition, value, FROM_P1), JSON.stringify(value)).toBe(false);
  });

  test('tallies per statement how many put it on each pile, ignoring invalid answers', () => {
    const answers = entries<SortAnswer>([right, { ...right, s2: 'waarneming' }, { s1: 'interpretatie' } as SortAnswer]);
    expect(sortModel.tally(definition, answers, undefined)).toEqual({
      total: 2,
      counts: {
        's1/waarneming': 2,
        's1/interpretatie': 0,
        's2/waarneming': 1,
        's2/interpretatie': 1,
        's3/waarneming': 2,
        's3/interpretatie': 0,
      },
    });
  });

  test('scores an answer by its placements that match the model; only an all-right sort is right', () => {
    expect(scoreOf(definition.model, right)).toBe(3);
    expect(scoreOf(definition.model, { ...right, s2: 'waarneming' })).toBe(2);
    expect(scoreOf(definition.model, undefined)).toBe(0);
    expect(sortModel.verdict(definition, right)).toBe(true);
    expect(sortModel.verdict(definition, { ...right, s1: 'interpretatie' })).toBe(false);
  });

  test('reveals the tally with the model and the explanation; the prompt holds no model', () => {
    const tallied = sortModel.tally(definition, entries([right]), undefined);
    expect(sortModel.toReveal(definition, tallied, undefined)).toEqual({ tally: tallied, model: definition.model, explanation: definition.explanation });
    const prompt = sortModel.toPrompt(definition, undefined);
    expect(prompt).toEqual({ kind: 'sort', question: definition.question, piles: definition.piles, statements: definition.statements });
    expect(JSON.stringify(prompt)).not.toContain('"model"');
  });

  test('measures the share of right placements overall and per statement', () => {
    const tallied = sortModel.tally(definition, entries<SortAnswer>([right, { ...right, s2: 'waarneming' }]), undefined);
    expect(sortModel.measures!(definition, tallied, undefined)).toEqual({ s1: 100, s2: 50, s3: 100, goed: 83 });
    expect(sortModel.measures!(definition, sortModel.tally(definition, [], undefined), undefined)).toEqual({});
    expect(sortModel.measureNames!(definition)).toEqual(['s1', 's2', 's3', 'goed']);
  });
});

describe('a sort in the results export', () => {
  test('gives one answer row per participant with the whole sort and its verdict, and a total row per statement and pile', () => {
    const definition = parse(BLOCK);
    const right = { s1: 'waarneming', s2: 'interpretatie', s3: 'waarneming' };
    const data = buildResultsExport({
      room: 'ABC234',
      deck: 'testdeck',
      exercises: { zien: definition },
      answers: [
        ['zien/p1/1', { round: 1, value: right, at: 0 }],
        ['zien/p2/1', { round: 1, value: { ...right, s3: 'interpretatie' }, at: 0 }],
      ],
      people: [],
      exportedAt: 0,
    });
    expect(data.rows.map((row) => row.correct)).toEqual([true, false]);
    const lines = resultsToCsv(data).split('\r\n');
    expect(lines).toContain('total,,zien,sort,1,s3/waarneming,,1,,');
    expect(lines).toContain('total,,zien,sort,1,s3/interpretatie,,1,,');
    expect(lines.some((line) => line.includes('[object Object]'))).toBe(false);
  });
});

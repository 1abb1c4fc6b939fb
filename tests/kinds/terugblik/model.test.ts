import { describe, expect, test } from 'vitest';
import { BlockError } from '../../../src/shared/kind/kind.ts';
import { hashText } from '../../../src/shared/kind/moderation.ts';
import { createRandom } from '../../../src/shared/seeded-random.ts';
import { terugblik } from '../../../src/kinds/terugblik/index.ts';
import { terugblikModel, type TerugblikDefinition } from '../../../src/kinds/terugblik/model.ts';
import { SCORE_LABELS } from '../../../src/kinds/terugblik/scores.ts';
import { taskReferenceProblems } from '../../../src/kinds/terugblik/task-references.ts';
import { blockOf, entries, FROM_P1 } from '../../support/answers.ts';
import { thrownBy } from '../../support/thrown.ts';

const parseIn = (deck: string, lines: string[], id = 'hoe-ging-het') =>
  terugblikModel.parse(blockOf('terugblik', lines, { id, deck, firstLine: 20, tags: ['D4'] }));
const parse = (lines: string[]) => parseIn('sessie-2', lines);
const errorOf = (lines: string[]) => thrownBy(() => parse(lines), BlockError);

describe('terugblikModel.parse', () => {
  test('reads the question and the task it looks back on, with stories of 200 characters by default', () => {
    expect(parse(['Hoe ging je', 'opdracht?', 'opdracht: sessie-1/transfer-1'])).toEqual({
      kind: 'terugblik',
      id: 'hoe-ging-het',
      tags: ['D4'],
      seconds: undefined,
      question: 'Hoe ging je opdracht?',
      task: { deck: 'sessie-1', exercise: 'transfer-1', line: 22 },
      max: 200,
    });
    expect(parse(['Vraag?', 'opdracht: sessie-1/t', 'max: 280']).max).toBe(280);
    expect(parse(['Vraag?', 'Opdracht: sessie-1/t', 'Max: 20']).max).toBe(20);
  });

  test('names the line of a bad "opdracht:" or "max:", an unknown field, text after the fields', () => {
    for (const bad of ['opdracht: transfer-1', 'opdracht: sessie-1/', 'opdracht: Sessie-1/transfer', 'opdracht: sessie-1/transfer/2', 'opdracht: ../x/y']) {
      const error = errorOf(['Vraag?', bad]);
      expect(error.line, bad).toBe(21);
      expect(error.message).toMatch(/names a deck and a transfer task in it: "opdracht: sessie-1\/transfer-1"/);
    }
    const self = errorOf(['Vraag?', 'opdracht: sessie-2/transfer-2']);
    expect(self.line).toBe(21);
    expect(self.message).toMatch(/names this deck/);
    for (const bad of ['max: 281', 'max: 19', 'max: lang']) {
      const error = errorOf(['Vraag?', 'opdracht: sessie-1/t', bad]);
      expect(error.line).toBe(22);
      expect(error.message).toMatch(/from 20 to 280/);
    }
    const unknown = errorOf(['Vraag?', 'opdracht: sessie-1/t', 'schaal: 1-5']);
    expect(unknown.line).toBe(22);
    expect(unknown.message).toMatch(/unknown field "schaal:" \(terugblik knows "opdracht:", "max:"/);
    expect(errorOf(['Vraag?', 'opdracht: sessie-1/t', 'meer vraag']).line).toBe(22);
    expect(errorOf(['Vraag?', 'opdracht: sessie-1/t', 'opdracht: sessie-1/u']).message).toMatch(/given twice/);
  });

  test('names the block line when the question or the task is missing', () => {
    const noQuestion = errorOf(['opdracht: sessie-1/t']);
    expect(noQuestion.line).toBe(19);
    expect(noQuestion.message).toMatch(/question is missing/);
    const noTask = errorOf(['Hoe ging je opdracht?']);
    expect(noTask.line).toBe(19);
    expect(noTask.message).toMatch(/"opdracht:" is missing/);
  });
});

describe('terugblikModel answers', () => {
  const definition: TerugblikDefinition = parse(['Vraag?', 'opdracht: sessie-1/t', 'max: 30']);
  const valid = (value: unknown) => terugblikModel.isValidAnswer(definition, value, FROM_P1);

  test('accepts a step 1-5 and a yes/no, with or without a clean story within max', () => {
    for (const score of [1, 2, 3, 4, 5]) expect(valid({ score, share: false })).toBe(true);
    expect(valid({ score: 4, share: true, story: 'Hij deed het zelf' })).toBe(true);
    expect(valid({ story: 'x'.repeat(30), share: false, score: 1 })).toBe(true);
    expect(valid({ score: 3, share: false, story: 'Ça va, très bien 👩‍🔧' })).toBe(true);
  });

  test('rejects hostile values: wrong types, steps out of range, extra keys, oversize or unclean stories', () => {
    for (const bad of [
      4,
      'Ging goed',
      null,
      [],
      [{ score: 4, share: false }],
      {},
      { score: 4 },
      { share: false },
      { score: 0, share: false },
      { score: 6, share: false },
      { score: 3.5, share: false },
      { score: '4', share: false },
      { score: -1, share: false },
      { score: Number.NaN, share: false },
      { score: 4, share: 'ja' },
      { score: 4, share: 1 },
      { score: 4, share: null },
      { score: 4, share: true, story: '' },
      { score: 4, share: true, story: '   ' },
      { score: 4, share: true, story: ' Ging goed' },
      { score: 4, share: true, story: null },
      { score: 4, share: true, story: 42 },
      { score: 4, share: true, story: ['Ging goed'] },
      { score: 4, share: true, story: 'x'.repeat(31) },
      { score: 4, share: true, story: 'x'.repeat(100_000) },
      { score: 4, share: true, story: 'Ging\ngoed' },
      { score: 4, share: true, story: 'Ging\u200bgoed' },
      { score: 4, share: true, story: '\u202eGing goed' },
      { score: 4, share: true, story: 'Ging\u2066goed' },
      { score: 4, share: true, story: 'Ging\ufeffgoed' },
      { score: 4, share: true, story: 'Gi\u0301\u0301\u0301ng goed' },
      { score: 4, share: true, story: 'Ging \ud800goed' },
      { score: 4, share: true, story: 'Ging\u0000goed' },
      { score: 4, share: false, shown: true },
      { score: 4, share: false, text: 'Ging goed' },
      JSON.parse('{"score":4,"share":true,"__proto__":{"story":"verstopt"}}'),
    ]) {
      expect(valid(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  test('keeps for the trainer the step always, and a story only when its writer shared it', () => {
    const forTrainer = terugblikModel.forTrainer!;
    expect(forTrainer(definition, { score: 4, share: true, story: 'Hij deed het zelf' })).toEqual({ score: 4, share: true, story: 'Hij deed het zelf' });
    expect(forTrainer(definition, { score: 2, share: false, story: 'Geheim verhaal' })).toEqual({ score: 2, share: false });
    expect(forTrainer(definition, { score: 5, share: true })).toEqual({ score: 5, share: false });
    expect(forTrainer(definition, { score: 5, share: false })).toEqual({ score: 5, share: false });
    expect(forTrainer(definition, { score: 9, share: true, story: 'Ongeldig' })).toBeNull();
    // What the results keep is itself an answer the model counts: the trainer's screen tallies it.
    expect(valid(forTrainer(definition, { score: 2, share: false, story: 'Geheim verhaal' }))).toBe(true);
  });

  test('tallies the steps, the mean and the shared stories, showing only approved ones in the order shown', () => {
    const answers = entries<unknown>([
      { score: 4, share: true, story: 'Hij deed het zelf' },
      { score: 1, share: false },
      { score: 2, share: false, story: 'Geheim verhaal' },
      { score: 5, share: true, story: 'Ze vroeg om meer' },
      { score: 4, share: true },
      'rommel',
      { score: 7, share: true, story: 'Te hoog' },
    ]);
    const progress = {
      shown: [
        { pid: 'p4', hash: hashText('Ze vroeg om meer') },
        { pid: 'p3', hash: hashText('Geheim verhaal') },
        { pid: 'p1', hash: hashText('Hij deed het zelf') },
      ],
    };
    const tally = terugblikModel.tally(definition, answers as never, progress);
    expect(tally).toEqual({ total: 5, counts: { 1: 1, 2: 1, 3: 0, 4: 2, 5: 1 }, mean: 3.2, shared: 2, shown: ['Ze vroeg om meer', 'Hij deed het zelf'] });
    expect(terugblikModel.tally(definition, [], undefined)).toEqual({ total: 0, counts: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, mean: null, shared: 0, shown: [] });
    expect(terugblikModel.measures!(definition, tally, progress)).toEqual({ gemiddelde: 3.2, niet: 20, gelukt: 60, gedeeld: 40 });
    expect(terugblikModel.measures!(definition, terugblikModel.tally(definition, [], undefined), undefined)).toEqual({});
    expect(terugblikModel.measureNames!(definition)).toEqual(['gemiddelde', 'niet', 'gelukt', 'gedeeld']);
    expect(terugblikModel.verdict(definition, { score: 4, share: false })).toBeNull();
  });

  test('reveals to phones the aggregates only, and prompts with the task named but nothing of any answer', () => {
    const tally = terugblikModel.tally(definition, entries([{ score: 4, share: true, story: 'Hij deed het zelf' }]), { shown: [{ pid: 'p1', hash: hashText('Hij deed het zelf') }] });
    expect(terugblikModel.toReveal(definition, tally, undefined)).toEqual({ total: 1, counts: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 0 }, mean: 4 });
    expect(terugblikModel.toPrompt(definition, undefined)).toEqual({ kind: 'terugblik', question: 'Vraag?', max: 30, task: { deck: 'sessie-1', exercise: 't' }, labels: SCORE_LABELS });
  });
});

describe('terugblik moderation', () => {
  const definition = parse(['Vraag?', 'opdracht: sessie-1/t']);
  const answers = entries<unknown>([{ score: 4, share: true, story: 'Hij deed het zelf' }, { score: 2, share: false, story: 'Geheim verhaal' }]);

  test('the moderation window reads a shared story only; "show all" and "show" cannot reach an unshared one', () => {
    expect(terugblik.moderation!.textOf(definition, answers[0].value)).toBe('Hij deed het zelf');
    expect(terugblik.moderation!.textOf(definition, answers[1].value)).toBeNull();
    expect(terugblik.moderation!.textOf(definition, { score: 3, share: true })).toBeNull();
    const all = terugblikModel.move!(definition, undefined, { type: 'show-all' }, { answers, online: [] });
    expect(all?.progress).toEqual({ shown: [{ pid: 'p1', hash: hashText('Hij deed het zelf') }] });
    expect(terugblikModel.move!(definition, undefined, { type: 'show', pid: 'p2' }, { answers, online: [] })).toBeNull();
  });

  test('a phone learns only that its own shared story is on screen', () => {
    const state = { status: 'open' as const, round: 1, prompt: {}, progress: { shown: [{ pid: 'p1', hash: hashText('Hij deed het zelf') }] } };
    const answerOf = (pid: string) => answers.find((entry) => entry.pid === pid)?.value;
    expect(terugblikModel.ownParts!(definition, state, answerOf)).toEqual({ p1: { shownText: 'Hij deed het zelf' } });
  });

  test('a simulated member answers as the server accepts, some with a story, some of those shared', () => {
    const random = createRandom(11);
    const prompt = terugblikModel.toPrompt(definition, undefined);
    const samples = Array.from({ length: 300 }, () => terugblik.sampleAnswer(prompt, { prompt }, random) as { score: number; story?: string; share: boolean });
    for (const sample of samples) expect(terugblikModel.isValidAnswer(definition, sample, FROM_P1)).toBe(true);
    expect(new Set(samples.map((sample) => sample.score)).size).toBe(5);
    expect(samples.filter((sample) => sample.story).length).toBeGreaterThan(100);
    expect(samples.filter((sample) => sample.story && sample.share).length).toBeGreaterThan(40);
    expect(terugblik.label(definition)).toBe('terugblik');
    expect(terugblik.slideText(definition)[0]).toEqual({ text: 'Vraag?', bold: true, style: 'question' });
  });
});

describe('taskReferenceProblems (across decks)', () => {
  const task = { kind: 'opdracht', id: 'transfer-1', tags: [] };
  const choice = { kind: 'choice', id: 'vraag', tags: [] };
  const decks = (reference: string) => ({
    'sessie-1': { 'transfer-1': task, vraag: choice },
    'sessie-2': { terug: parseIn('sessie-2', ['Hoe ging je opdracht?', `opdracht: ${reference}`], 'terug') },
  });

  test('accepts an opdracht in another deck', () => {
    expect(taskReferenceProblems(decks('sessie-1/transfer-1'))).toEqual([]);
  });

  test('reports a missing deck, a missing exercise or another kind at the "opdracht:" line', () => {
    expect(taskReferenceProblems(decks('sessie-9/transfer-1'))).toEqual([
      { deck: 'sessie-2', line: 21, problem: 'terugblik "terug": "opdracht:" names deck "sessie-9", which does not exist (decks: sessie-1, sessie-2)' },
    ]);
    expect(taskReferenceProblems(decks('sessie-1/transfer-2'))).toEqual([
      { deck: 'sessie-2', line: 21, problem: 'terugblik "terug": "opdracht:" names "transfer-2", which is not an exercise in deck "sessie-1"' },
    ]);
    expect(taskReferenceProblems(decks('sessie-1/vraag'))[0].problem).toMatch(/"sessie-1\/vraag", which is a choice, not an opdracht/);
    expect(taskReferenceProblems(decks('sessie-1/constructor'))[0].problem).toMatch(/not an exercise/);
  });
});

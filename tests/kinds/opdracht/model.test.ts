import { describe, expect, test } from 'vitest';
import { BlockError } from '../../../src/shared/kind/kind.ts';
import { hashText } from '../../../src/shared/kind/moderation.ts';
import { opdracht } from '../../../src/kinds/opdracht/index.ts';
import { opdrachtModel, type OpdrachtDefinition } from '../../../src/kinds/opdracht/model.ts';
import { createRandom } from '../../../src/shared/seeded-random.ts';
import { blockOf, entries, FROM_P1 } from '../../support/answers.ts';
import { thrownBy } from '../../support/thrown.ts';

const parse = (lines: string[]) => opdrachtModel.parse(blockOf('opdracht', lines, { id: 'transfer', firstLine: 30, tags: ['D4'] }));
const errorOf = (lines: string[]) => thrownBy(() => parse(lines), BlockError);

describe('opdrachtModel.parse', () => {
  test('reads the question, with 200 characters by default', () => {
    expect(parse(['Wat ga je uitproberen vóór de', 'volgende bijeenkomst?'])).toEqual({
      kind: 'opdracht',
      id: 'transfer',
      tags: ['D4'],
      seconds: undefined,
      question: 'Wat ga je uitproberen vóór de volgende bijeenkomst?',
      max: 200,
    });
    expect(parse(['Vraag?', 'max: 280']).max).toBe(280);
    expect(parse(['Vraag?', 'Max: 20']).max).toBe(20);
  });

  test('names the line of a bad "max:", an unknown field, text after the fields, or the block when the question is missing', () => {
    for (const bad of ['max: 281', 'max: 19', 'max: lang', 'max: 50.5']) {
      const error = errorOf(['Vraag?', bad]);
      expect(error.line).toBe(31);
      expect(error.message).toMatch(/from 20 to 280/);
    }
    const unknown = errorOf(['Vraag?', 'hint: x']);
    expect(unknown.line).toBe(31);
    expect(unknown.message).toMatch(/unknown field "hint:" \(opdracht knows "max:"/);
    expect(errorOf(['Vraag?', 'max: 40', 'meer vraag']).line).toBe(32);
    const missing = errorOf(['max: 40']);
    expect(missing.line).toBe(29);
    expect(missing.message).toMatch(/question is missing/);
  });
});

describe('opdrachtModel answers', () => {
  const definition: OpdrachtDefinition = parse(['Vraag?', 'max: 30']);
  const valid = (value: unknown) => opdrachtModel.isValidAnswer(definition, value, FROM_P1);

  test('accepts exactly { text, share }: clean trimmed text within max and a boolean', () => {
    expect(valid({ text: 'Elke dag een compliment', share: false })).toBe(true);
    expect(valid({ share: true, text: 'x'.repeat(30) })).toBe(true);
    for (const bad of [
      'Elke dag een compliment',
      null,
      [],
      { text: 'Compliment' },
      { share: false },
      { text: 'Compliment', share: 'ja' },
      { text: 'Compliment', share: 1 },
      { text: 'Compliment', share: null },
      { text: 'Compliment', share: true, shown: true },
      { text: '', share: true },
      { text: ' Compliment', share: true },
      { text: 'x'.repeat(31), share: false },
      { text: 'Com\npliment', share: false },
      { text: 'Com\u200bpliment', share: false },
      { text: 42, share: false },
      JSON.parse('{"text":"Compliment","share":true,"__proto__":{"x":1}}'),
    ]) {
      expect(valid(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  test('keeps for the trainer a shared task whole and of any other only that it was written', () => {
    const forTrainer = opdrachtModel.forTrainer!;
    expect(forTrainer(definition, { text: 'Doorvragen', share: true })).toEqual({ text: 'Doorvragen', share: true });
    expect(forTrainer(definition, { text: 'Geheim plan', share: false })).toEqual({ share: false });
    expect(forTrainer(definition, { text: 'x'.repeat(99), share: true })).toEqual({ share: false });
  });

  test('tallies how many wrote a task and shared it, and shows only approved shared texts in the order shown', () => {
    const answers = entries<unknown>([
      { text: 'Doorvragen', share: true },
      { share: false },
      { text: 'Geheim plan', share: false },
      { text: 'Voordoen', share: true },
      'rommel',
    ]);
    const progress = {
      shown: [
        { pid: 'p4', hash: hashText('Voordoen') },
        { pid: 'p3', hash: hashText('Geheim plan') },
        { pid: 'p1', hash: hashText('Doorvragen') },
      ],
    };
    const tally = opdrachtModel.tally(definition, answers as never, progress);
    expect(tally).toEqual({ written: 4, shared: 2, shown: ['Voordoen', 'Doorvragen'] });
    expect(opdrachtModel.tally(definition, answers as never, undefined)).toEqual({ written: 4, shared: 2, shown: [] });
    expect(opdrachtModel.measures!(definition, tally, progress)).toEqual({ gedeeld: 50 });
    expect(opdrachtModel.measureNames!(definition)).toEqual(['gedeeld']);
    expect(opdrachtModel.verdict(definition, { text: 'Doorvragen', share: true })).toBeNull();
  });

  test('reveals to phones the counts only, and prompts without anything of the answers', () => {
    const tally = { written: 3, shared: 1, shown: ['Doorvragen'] };
    expect(opdrachtModel.toReveal(definition, tally, undefined)).toEqual({ written: 3, shared: 1 });
    expect(opdrachtModel.toPrompt(definition, undefined)).toEqual({ kind: 'opdracht', question: 'Vraag?', max: 30 });
  });
});

describe('opdracht moderation', () => {
  const definition: OpdrachtDefinition = parse(['Vraag?']);
  const answers = entries<unknown>([{ text: 'Doorvragen', share: true }, { text: 'Geheim plan', share: false }]);

  test('the moderation window reads the text of a shared task only', () => {
    expect(opdracht.moderation!.textOf(definition, { text: 'Doorvragen', share: true })).toBe('Doorvragen');
    expect(opdracht.moderation!.textOf(definition, { text: 'Geheim plan', share: false })).toBeNull();
    expect(opdracht.moderation!.textOf(definition, { share: false })).toBeNull();
  });

  test('"show all" marks shared tasks only, and a trainer cannot show an unshared one', () => {
    const all = opdrachtModel.move!(definition, undefined, { type: 'show-all' }, { answers, online: [] });
    expect(all?.progress).toEqual({ shown: [{ pid: 'p1', hash: hashText('Doorvragen') }] });
    expect(opdrachtModel.move!(definition, undefined, { type: 'show', pid: 'p2' }, { answers, online: [] })).toBeNull();
  });

  test('a phone learns only that its own shared task is on screen', () => {
    const state = { status: 'open' as const, round: 1, prompt: {}, progress: { shown: [{ pid: 'p1', hash: hashText('Doorvragen') }] } };
    const answerOf = (pid: string) => answers.find((entry) => entry.pid === pid)?.value;
    expect(opdrachtModel.ownParts!(definition, state, answerOf)).toEqual({ p1: { shownText: 'Doorvragen' } });
  });

  test('a simulated member writes a task the server accepts, shared by about half', () => {
    const random = createRandom(7);
    const prompt = opdrachtModel.toPrompt(definition, undefined);
    const samples = Array.from({ length: 200 }, () => opdracht.sampleAnswer(prompt, { prompt }, random));
    for (const sample of samples) expect(opdrachtModel.isValidAnswer(definition, sample, FROM_P1)).toBe(true);
    const shared = samples.filter((sample) => (sample as { share: boolean }).share).length;
    expect(shared).toBeGreaterThan(60);
    expect(shared).toBeLessThan(140);
    expect(opdracht.label(definition)).toBe('opdracht');
    expect(opdracht.slideText(definition)[0]).toEqual({ text: 'Vraag?', bold: true, style: 'question' });
  });
});

import { describe, expect, test } from 'vitest';
import { BlockError, type MoveContext } from '../../../src/shared/kind/kind.ts';
import {
  DEFAULT_STYLES,
  scoreOf,
  situationTally,
  styleQuizModel as model,
  type StyleQuizAnswer,
  type StyleQuizProgress,
} from '../../../src/kinds/stylequiz/model.ts';
import { blockOf, entries, FROM_P1 } from '../../support/answers.ts';
import { thrownBy } from '../../support/thrown.ts';

const SERIES = [
  'situatie: Een nieuwe medewerker moet voor het eerst de vaatwasser bedienen.',
  'Hij heeft er zin in.',
  'stijl: instrueren',
  'waarom: Nog niet bekwaam, wel bereid: voordoen en controleren.',
  'situatie: Hij plant de schoonmaakronde al jaren zelf.',
  'stijl: delegeren of steunen',
  'waarom: Bekwaam en gemotiveerd: geef ruimte.',
  'situatie: Na een fout aan de kassa raakt ze ontmoedigd.',
  'stijl: Begeleiden',
  'waarom: Leert nog en twijfelt:',
  'uitleg plus aanmoediging.',
];

const parse = (lines: string[]) => model.parse(blockOf('stijlquiz', lines, { id: 'stijlen', firstLine: 20 }));

const errorOf = (lines: string[]) => thrownBy(() => parse(lines), BlockError);

const NO_MOVE_CONTEXT: MoveContext = { answers: [], online: [] };
const at = (situation: number, reached = situation, summary = false): StyleQuizProgress => ({ situation, reached, ...(summary ? { summary: true as const } : {}) });

describe('styleQuizModel.parse', () => {
  test('reads a series with the four default styles, several fitting styles and wrapped lines', () => {
    expect(parse(SERIES)).toEqual({
      kind: 'stylequiz',
      id: 'stijlen',
      tags: [],
      seconds: undefined,
      styles: DEFAULT_STYLES,
      situations: [
        {
          text: 'Een nieuwe medewerker moet voor het eerst de vaatwasser bedienen. Hij heeft er zin in.',
          fitting: ['instrueren'],
          why: 'Nog niet bekwaam, wel bereid: voordoen en controleren.',
        },
        { text: 'Hij plant de schoonmaakronde al jaren zelf.', fitting: ['delegeren', 'steunen'], why: 'Bekwaam en gemotiveerd: geef ruimte.' },
        { text: 'Na een fout aan de kassa raakt ze ontmoedigd.', fitting: ['begeleiden'], why: 'Leert nog en twijfelt: uitleg plus aanmoediging.' },
      ],
    });
  });

  test('takes the block\'s own set of styles, named as the block writes them', () => {
    const definition = parse(['stijlen: Sturen, Coachen, Loslaten', 'situatie: Nieuw werk.', 'stijl: sturen, coachen', 'waarom: Nog onbekend.']);
    expect(definition.styles).toEqual(['Sturen', 'Coachen', 'Loslaten']);
    expect(definition.situations[0].fitting).toEqual(['Sturen', 'Coachen']);
  });

  test('names the line of an unknown style, a missing "waarom:" or "stijl:", and a bad set of styles', () => {
    expect(errorOf(['situatie: A', 'stijl: sturen', 'waarom: x'])).toMatchObject({ line: 21, message: expect.stringMatching(/unknown style "sturen"/) });
    expect(errorOf(['situatie: A', 'stijl: steunen', 'situatie: B', 'stijl: steunen', 'waarom: x'])).toMatchObject({ line: 20, message: expect.stringMatching(/no "waarom:"/) });
    expect(errorOf(['situatie: A', 'stijl: steunen', 'waarom: x', 'situatie: B', 'waarom: y'])).toMatchObject({ line: 23, message: expect.stringMatching(/no "stijl:"/) });
    expect(errorOf(['stijlen: a, b, A', 'situatie: A', 'stijl: a', 'waarom: x'])).toMatchObject({ line: 20, message: expect.stringMatching(/named twice/) });
    expect(errorOf(['stijlen: alleen', 'situatie: A', 'stijl: alleen', 'waarom: x'])).toMatchObject({ line: 20, message: expect.stringMatching(/2 to 6 styles/) });
    expect(errorOf(['stijlen: a, , b', 'situatie: A', 'stijl: a', 'waarom: x']).message).toMatch(/empty name/);
    expect(errorOf(['stijlen: goed, fout', 'situatie: A', 'stijl: goed', 'waarom: x']).message).toMatch(/cannot be used/);
    expect(errorOf(['situatie: A', 'stijl: steunen of steunen', 'waarom: x'])).toMatchObject({ line: 21, message: expect.stringMatching(/named twice/) });
  });

  test('names the line of fields out of place, unknown fields and stray text', () => {
    expect(errorOf(['situatie: A', 'stijl: steunen', 'waarom: x', 'stijlen: a, b'])).toMatchObject({ line: 23, message: expect.stringMatching(/before the first "situatie:"/) });
    expect(errorOf(['stijl: steunen'])).toMatchObject({ line: 20, message: expect.stringMatching(/before the first "situatie:"/) });
    expect(errorOf(['situatie: A', 'stijl: steunen', 'stijl: delegeren', 'waarom: x'])).toMatchObject({ line: 22, message: expect.stringMatching(/already has a "stijl:"/) });
    expect(errorOf(['situatie: A', 'stijl: steunen', 'waarom: x', 'waarom: y'])).toMatchObject({ line: 23, message: expect.stringMatching(/already has a "waarom:"/) });
    expect(errorOf(['situatie: A', 'stijll: steunen'])).toMatchObject({ line: 21, message: expect.stringMatching(/unknown field "stijll:"/) });
    expect(errorOf(['Welke stijl past?', 'situatie: A'])).toMatchObject({ line: 20, message: expect.stringMatching(/text outside a field/) });
    expect(errorOf(['situatie: A', 'stijl: steunen', 'nog iets', 'waarom: x'])).toMatchObject({ line: 22, message: expect.stringMatching(/text outside a field/) });
    expect(errorOf(['situatie:', 'stijl: steunen'])).toMatchObject({ line: 20, message: expect.stringMatching(/is empty/) });
  });

  test('wants 1 to 12 situations', () => {
    expect(errorOf([])).toMatchObject({ line: 19, message: expect.stringMatching(/no situation/) });
    const thirteen = Array.from({ length: 13 }, (_, i) => [`situatie: S${i}`, 'stijl: steunen', 'waarom: x']).flat();
    expect(errorOf(thirteen)).toMatchObject({ line: 20 + 36, message: expect.stringMatching(/at most 12/) });
    expect(parse(thirteen.slice(0, 36)).situations).toHaveLength(12);
  });
});

describe('styleQuizModel answers', () => {
  const definition = parse(SERIES);
  const valid = (value: unknown, progress?: StyleQuizProgress) => model.isValidAnswer(definition, value, { ...FROM_P1, progress });

  test('accepts a record of known styles for the situations shown so far', () => {
    expect(valid({ 0: 'instrueren' })).toBe(true);
    expect(valid({ 0: 'instrueren', 1: 'steunen' }, at(1))).toBe(true);
    expect(valid({ 0: 'instrueren', 2: 'steunen' }, at(1, 2))).toBe(true);
  });

  test('rejects answers for a situation not yet shown, unknown styles and other shapes', () => {
    expect(valid({ 1: 'steunen' })).toBe(false);
    expect(valid({ 0: 'instrueren', 2: 'steunen' }, at(1))).toBe(false);
    expect(valid({ 3: 'steunen' }, at(2, 12))).toBe(false);
    for (const bad of [{ 0: 'sturen' }, { 0: 'Instrueren' }, { 0: 3 }, { '00': 'steunen' }, { '-1': 'steunen' }, { x: 'steunen' }, {}, 'instrueren', ['instrueren'], null, 0]) {
      expect(valid(bad, at(2))).toBe(false);
    }
    expect(valid({ 0: 'steunen' }, { situation: 'x' } as unknown as StyleQuizProgress)).toBe(false);
  });

  test('counts the situation on screen and who chose a fitting style', () => {
    const answers = entries<StyleQuizAnswer>([{ 0: 'instrueren', 1: 'delegeren' }, { 0: 'steunen', 1: 'steunen' }, { 0: 'instrueren' }]);
    expect(model.tally(definition, answers, at(1))).toEqual({
      situation: 1, total: 2, right: 2, counts: { instrueren: 0, begeleiden: 0, steunen: 1, delegeren: 1 },
    });
    expect(model.tally(definition, answers, at(0, 1))).toMatchObject({ situation: 0, total: 3, right: 2, counts: { instrueren: 2, steunen: 1 } });
    expect(model.tally(definition, entries<StyleQuizAnswer>([{ 0: 'instrueren', 1: 'steunen' }]), at(0))).toMatchObject({ total: 0 });
  });

  test('at the summary, weighs each style\'s choices against how often it fitted', () => {
    // Situation 0 fits instrueren, 1 delegeren or steunen, 2 begeleiden.
    const answers = entries<StyleQuizAnswer>([
      { 0: 'instrueren', 1: 'delegeren', 2: 'begeleiden' },
      { 0: 'steunen', 1: 'steunen', 2: 'steunen' },
      { 0: 'steunen', 1: 'begeleiden', 2: 'begeleiden' },
    ]);
    const tally = model.tally(definition, answers, at(2, 2, true));
    expect(tally).toMatchObject({ situation: null, total: 9, right: 5, counts: { instrueren: 1, begeleiden: 3, steunen: 4, delegeren: 1 } });
    expect(tally.series!.situations.map((s) => s.right)).toEqual([1, 2, 2]);
    expect(tally.series!.styles).toEqual([
      { style: 'instrueren', chosen: 1, fitting: 3, balance: 'under' },
      { style: 'begeleiden', chosen: 3, fitting: 3, balance: 'even' },
      { style: 'steunen', chosen: 4, fitting: 1.5, balance: 'over' },
      { style: 'delegeren', chosen: 1, fitting: 1.5, balance: 'even' },
    ]);
    expect(model.tally(definition, answers, undefined)).toEqual(tally);
  });

  test('a summary after part of the series covers only the situations shown', () => {
    const answers = entries<StyleQuizAnswer>([{ 0: 'instrueren', 1: 'delegeren' }]);
    const tally = model.tally(definition, answers, at(1, 1, true));
    expect(tally.series!.situations).toHaveLength(2);
    expect(model.tally(definition, [], at(0, 0, true)).series!.styles.every((s) => s.balance === 'even')).toBe(true);
  });

  test('judges a record right when every answered situation got a fitting style', () => {
    expect(model.verdict(definition, { 0: 'instrueren', 1: 'steunen' })).toBe(true);
    expect(model.verdict(definition, { 0: 'instrueren', 1: 'begeleiden' })).toBe(false);
    expect(model.verdict(definition, {})).toBe(false);
  });

  test('a phone scores its own record against the fitting styles a summary reveals', () => {
    const reveal = model.toReveal(definition, model.tally(definition, [], at(2, 2, true)), at(2, 2, true));
    expect(reveal.view).toBe('summary');
    if (reveal.view !== 'summary') return;
    expect(scoreOf(reveal.situations, { 0: 'instrueren', 1: 'delegeren', 2: 'steunen' })).toEqual({ right: 2, of: 3 });
    expect(scoreOf(reveal.situations, undefined)).toEqual({ right: 0, of: 3 });
  });
});

describe('styleQuizModel prompt and reveal', () => {
  const definition = parse(SERIES);

  test('the prompt names the situation on screen and holds no fitting style', () => {
    const prompt = model.toPrompt(definition, at(1));
    expect(prompt).toEqual({ kind: 'stylequiz', styles: DEFAULT_STYLES, situation: 1, count: 3, text: definition.situations[1].text, summary: false });
    expect(JSON.stringify(model.toPrompt(definition, undefined))).not.toMatch(/waarom|bekwaam/i);
    expect(model.toPrompt(definition, at(2, 2, true)).summary).toBe(true);
  });

  test('a situation\'s reveal holds its distribution, fitting styles and why; the summary\'s every situation shown', () => {
    const answers = entries<StyleQuizAnswer>([{ 0: 'instrueren', 1: 'delegeren' }, { 0: 'steunen', 1: 'begeleiden' }]);
    expect(model.toReveal(definition, model.tally(definition, answers, at(1)), at(1))).toEqual({
      view: 'situation', situation: 1, fitting: ['delegeren', 'steunen'], why: definition.situations[1].why,
      tally: { total: 2, right: 1, counts: { instrueren: 0, begeleiden: 1, steunen: 0, delegeren: 1 } },
    });
    const summary = model.toReveal(definition, model.tally(definition, answers, at(1, 1, true)), at(1, 1, true));
    expect(summary).toMatchObject({ view: 'summary', total: 4, right: 2 });
    if (summary.view === 'summary') expect(summary.situations.map((s) => s.fitting)).toEqual([['instrueren'], ['delegeren', 'steunen']]);
  });

  test('before the trainer\'s first move (no progress) reveal and measures are about the first situation', () => {
    const answers = entries<StyleQuizAnswer>([{ 0: 'instrueren' }, { 0: 'steunen' }]);
    const tally = model.tally(definition, answers, undefined);
    expect(tally.situation).toBeNull();
    expect(situationTally(tally, 0)).toEqual({ total: 2, right: 1, counts: { instrueren: 1, begeleiden: 0, steunen: 1, delegeren: 0 } });
    expect(model.toReveal(definition, tally, undefined)).toMatchObject({ view: 'situation', situation: 0, fitting: ['instrueren'], tally: { total: 2, right: 1 } });
    expect(model.measures!(definition, tally, undefined)).toMatchObject({ instrueren: 50, steunen: 50, goed: 50 });
  });

  test('measures give percentages per style and the share of fitting choices', () => {
    const answers = entries<StyleQuizAnswer>([{ 0: 'instrueren' }, { 0: 'instrueren' }, { 0: 'steunen' }, { 0: 'delegeren' }]);
    expect(model.measures!(definition, model.tally(definition, answers, at(0)), at(0))).toEqual({
      instrueren: 50, begeleiden: 0, steunen: 25, delegeren: 25, goed: 50,
    });
    expect(model.measures!(definition, model.tally(definition, [], at(0)), at(0))).toEqual({});
    expect(model.measureNames!(definition)).toEqual([...DEFAULT_STYLES, 'goed']);
  });
});

describe('styleQuizModel.move', () => {
  const definition = parse(SERIES);
  const move = (progress: StyleQuizProgress | undefined, requested: unknown) => model.move!(definition, progress, requested, NO_MOVE_CONTEXT);

  test('next opens a new situation with a fresh countdown, in the same round', () => {
    expect(move(undefined, 'next')).toEqual({ progress: at(1), round: 'same', status: 'open', restartCountdown: true });
    expect(move(at(1), 'next')).toEqual({ progress: at(2), round: 'same', status: 'open', restartCountdown: true });
    expect(move(at(2), 'next')).toBeNull();
  });

  test('previous goes back revealed, and next returns to a situation shown before revealed', () => {
    expect(move(at(2), 'previous')).toEqual({ progress: at(1, 2), round: 'same', status: 'revealed' });
    expect(move(at(1, 2), 'next')).toEqual({ progress: at(2, 2), round: 'same', status: 'revealed' });
    expect(move(at(0), 'previous')).toBeNull();
  });

  test('the summary is revealed over the situations shown, and previous leaves it', () => {
    expect(move(at(2), 'summary')).toEqual({ progress: at(2, 2, true), round: 'same', status: 'revealed' });
    expect(move(at(2, 2, true), 'summary')).toBeNull();
    expect(move(at(2, 2, true), 'next')).toBeNull();
    expect(move(at(2, 2, true), 'previous')).toEqual({ progress: at(2, 2), round: 'same', status: 'revealed' });
  });

  test('ignores moves it does not know', () => {
    for (const requested of ['skip', { type: 'next' }, null, 3]) expect(move(at(0), requested)).toBeNull();
  });
});

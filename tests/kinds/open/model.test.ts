import { describe, expect, test } from 'vitest';
import { BlockError } from '../../../src/shared/kind/kind.ts';
import { hashText } from '../../../src/shared/kind/moderation.ts';
import { openModel, type OpenDefinition } from '../../../src/kinds/open/model.ts';
import { blockOf, entries, FROM_P1 } from '../../support/answers.ts';
import { thrownBy } from '../../support/thrown.ts';

const parse = (lines: string[]) => openModel.parse(blockOf('open', lines, { id: 'uitdaging', firstLine: 20, tags: ['D4'] }));

const errorOf = (lines: string[]) => thrownBy(() => parse(lines), BlockError);

describe('openModel.parse', () => {
  test('reads the question, with 80 characters by default', () => {
    expect(parse(['Wat is voor jou de grootste', 'uitdaging?'])).toEqual({
      kind: 'open',
      id: 'uitdaging',
      tags: ['D4'],
      seconds: undefined,
      question: 'Wat is voor jou de grootste uitdaging?',
      max: 80,
    });
  });

  test('takes a "max:" up to 280 characters', () => {
    expect(parse(['Vraag?', 'max: 280']).max).toBe(280);
    expect(parse(['Vraag?', 'MAX: 10']).max).toBe(10);
  });

  test('names the line of a bad "max:", an unknown field, text after the fields, or the block when the question is missing', () => {
    for (const bad of ['max: 281', 'max: 9', 'max: veel', 'max: 50.5']) {
      const error = errorOf(['Vraag?', bad]);
      expect(error.line).toBe(21);
      expect(error.message).toMatch(/from 10 to 280/);
    }
    expect(errorOf(['Vraag?', 'uitleg: x']).message).toMatch(/unknown field "uitleg:"/);
    expect(errorOf(['Vraag?', 'max: 40', 'meer vraag']).line).toBe(22);
    const missing = errorOf(['max: 40']);
    expect(missing.line).toBe(19);
    expect(missing.message).toMatch(/question is missing/);
  });
});

describe('openModel answers', () => {
  const definition: OpenDefinition = parse(['Vraag?', 'max: 20']);

  test('accepts trimmed text of 1..max characters without control characters', () => {
    expect(openModel.isValidAnswer(definition, 'geduld', FROM_P1)).toBe(true);
    expect(openModel.isValidAnswer(definition, 'x'.repeat(20), FROM_P1)).toBe(true);
    for (const bad of ['', '   ', ' geduld', 'x'.repeat(21), 'ge\nduld', 'a\u0007', 7, null, ['geduld'], { text: 'geduld' }]) {
      expect(openModel.isValidAnswer(definition, bad, FROM_P1)).toBe(false);
    }
  });

  test('tallies only the shown answers into cards and cloud, in the order shown, and counts every valid answer', () => {
    const answers = entries(['Geduld en rust', 'Duidelijkheid', 'geduld', '<b>nee</b>', 'niet\ngeldig']);
    const progress = { shown: [{ pid: 'p3', hash: hashText('geduld') }, { pid: 'p1', hash: hashText('Geduld en rust') }] };
    const tally = openModel.tally(definition, answers, progress);
    expect(tally).toEqual({
      total: 4,
      shown: ['geduld', 'Geduld en rust'],
      words: [
        { word: 'geduld', count: 2 },
        { word: 'rust', count: 1 },
      ],
    });
    expect(openModel.tally(definition, answers, undefined)).toEqual({ total: 4, shown: [], words: [] });
    expect(openModel.measures!(definition, tally, progress)).toEqual({ getoond: 50 });
    expect(openModel.measureNames!(definition)).toEqual(['getoond']);
    expect(openModel.verdict(definition, 'geduld')).toBeNull();
  });

  test('reveals the shown texts in alphabetical order and no senders', () => {
    const progress = { shown: [{ pid: 'p2', hash: hashText('rust') }, { pid: 'p1', hash: hashText('geduld') }] };
    const tally = openModel.tally(definition, entries(['geduld', 'rust', 'structuur']), progress);
    const reveal = openModel.toReveal(definition, tally, progress);
    expect(reveal).toEqual({ total: 3, shown: ['geduld', 'rust'], words: [{ word: 'geduld', count: 1 }, { word: 'rust', count: 1 }] });
    expect(JSON.stringify(reveal)).not.toMatch(/p1|p2/);
    expect(openModel.toPrompt(definition, progress)).toEqual({ kind: 'open', question: 'Vraag?', max: 20 });
  });

  test('moves show and hide answers of the current round without a new round', () => {
    const context = { answers: entries(['geduld', 'rust']), online: [] };
    const shown = openModel.move!(definition, undefined, { type: 'show', pid: 'p2' }, context);
    expect(shown).toEqual({ progress: { shown: [{ pid: 'p2', hash: hashText('rust') }] }, round: 'same' });
    expect(openModel.move!(definition, shown!.progress, { type: 'hide', pid: 'p2' }, context)?.progress).toEqual({ shown: [] });
    expect(openModel.move!(definition, undefined, { type: 'next' }, context)).toBeNull();
  });
});

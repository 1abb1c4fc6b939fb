import { describe, expect, test } from 'vitest';
import { feedbackModel, isRight, type FeedbackDefinition } from '../../../src/kinds/feedback/model.ts';
import { BlockError } from '../../../src/shared/kind/kind.ts';
import { hashText } from '../../../src/shared/kind/moderation.ts';
import { blockOf, entries, FROM_P1 } from '../../support/answers.ts';
import { thrownBy } from '../../support/thrown.ts';

const DRILL = [
  '"Je bent altijd zo slordig."',
  '- [ ] Concreet',
  '- [x] Ik-boodschap',
  '- [ ] Effect benoemd',
  '- [X] Kort',
  'uitleg: "Altijd" is een veralgemening.',
  'beter: "Ik zag net drie dozen zonder etiket."',
];
const parse = (lines: string[]) => feedbackModel.parse(blockOf('feedback', lines, { id: 'slordig', firstLine: 30, tags: ['D4', 'WB6'] }));

const errorOf = (lines: string[]) => thrownBy(() => parse(lines), BlockError);

describe('feedbackModel.parse', () => {
  test('reads the statement, the criteria with the ones it meets, the explanation and the better version', () => {
    expect(parse(DRILL)).toEqual({
      kind: 'feedback',
      id: 'slordig',
      tags: ['D4', 'WB6'],
      seconds: undefined,
      statement: '"Je bent altijd zo slordig."',
      criteria: [
        { id: 'a', text: 'Concreet' },
        { id: 'b', text: 'Ik-boodschap' },
        { id: 'c', text: 'Effect benoemd' },
        { id: 'd', text: 'Kort' },
      ],
      meets: ['b', 'd'],
      explanation: '"Altijd" is een veralgemening.',
      better: '"Ik zag net drie dozen zonder etiket."',
      rewrite: false,
      max: 200,
    });
  });

  test('asks for a rewrite with "herschrijven: ja", limited by "max:"', () => {
    expect(parse([...DRILL, 'herschrijven: ja'])).toMatchObject({ rewrite: true, max: 200 });
    expect(parse([...DRILL, 'herschrijven: Ja', 'max: 280'])).toMatchObject({ rewrite: true, max: 280 });
    expect(parse([...DRILL, 'herschrijven: nee'])).toMatchObject({ rewrite: false });
  });

  test('takes a statement that meets no criterion', () => {
    expect(parse(['"Goed zo."', '- [ ] Concreet', '- [ ] Effect benoemd', 'uitleg: Te vaag.', 'beter: "Goed dat je het meldde."']).meets).toEqual([]);
  });

  test('names the offending line', () => {
    const at = (lines: string[]) => {
      const error = errorOf(lines);
      return [error.line, error.message];
    };
    expect(at([...DRILL, 'herschrijven: misschien'])).toEqual([37, '"herschrijven:" must be "ja" or "nee"']);
    expect(at([...DRILL, 'max: 100'])[0]).toBe(37);
    expect(at([...DRILL, 'herschrijven: ja', 'max: 300'])[0]).toBe(38);
    expect(at([...DRILL, 'uitleg: nog eens'])).toEqual([37, '"uitleg:" is given twice']);
    expect(at([...DRILL, 'bron: S21'])[1]).toMatch(/unknown field "bron:"/);
    expect(at([...DRILL, '- [ ] Te laat'])[0]).toBe(37);
    expect(at(['"x"', '- Concreet'])).toEqual([31, expect.stringMatching(/criterion must look like/)]);
    expect(at(['"x"', '- [ ] a', '- [ ] b', 'nog tekst', 'uitleg: u', 'beter: b'])[0]).toBe(33);
    expect(at(DRILL.slice(1))).toEqual([29, 'the feedback statement is missing']);
    expect(at(DRILL.slice(0, 2))[1]).toMatch(/at least 2 criteria/);
    expect(at(DRILL.filter((l) => !l.startsWith('uitleg')))[1]).toMatch(/"uitleg:" is missing/);
    expect(at(DRILL.filter((l) => !l.startsWith('beter')))[1]).toMatch(/"beter:" is missing/);
    const eleven = Array.from({ length: 11 }, (_, i) => `- [ ] c${i}`);
    expect(at(['"x"', ...eleven, 'uitleg: u', 'beter: b'])).toEqual([41, 'at most 10 criteria']);
  });
});

describe('feedbackModel answers', () => {
  const plain: FeedbackDefinition = parse(DRILL);
  const rewriting: FeedbackDefinition = parse([...DRILL, 'herschrijven: ja', 'max: 20']);

  test('accepts sorted, known criteria, none included', () => {
    for (const ticks of [[], ['a'], ['a', 'b', 'c', 'd']]) expect(feedbackModel.isValidAnswer(plain, { ticks }, FROM_P1)).toBe(true);
    for (const ticks of [['b', 'a'], ['a', 'a'], ['e'], ['A'], 'a', [1], null]) {
      expect(feedbackModel.isValidAnswer(plain, { ticks }, FROM_P1)).toBe(false);
    }
    for (const bad of [null, [], 'a', {}, { ticks: [], extra: 1 }, { rewrite: 'x' }]) expect(feedbackModel.isValidAnswer(plain, bad, FROM_P1)).toBe(false);
  });

  test('accepts a rewrite only where the block asks for one, as bounded one-line text', () => {
    expect(feedbackModel.isValidAnswer(plain, { ticks: [], rewrite: 'Ik zag…' }, FROM_P1)).toBe(false);
    expect(feedbackModel.isValidAnswer(rewriting, { ticks: ['a'], rewrite: 'Ik zag drie dozen.' }, FROM_P1)).toBe(true);
    expect(feedbackModel.isValidAnswer(rewriting, { ticks: ['a'] }, FROM_P1)).toBe(true);
    for (const rewrite of ['', ' Ik', 'x'.repeat(21), 'a\nb', 5, null]) {
      expect(feedbackModel.isValidAnswer(rewriting, { ticks: [], rewrite }, FROM_P1)).toBe(false);
    }
  });

  test('judges ticks right when they are exactly the criteria the statement meets', () => {
    expect(isRight(plain, { ticks: ['b', 'd'] })).toBe(true);
    expect(feedbackModel.verdict(plain, { ticks: ['b'] })).toBe(false);
    expect(feedbackModel.verdict(plain, { ticks: ['a', 'b', 'd'] })).toBe(false);
    const none = parse(['"Goed zo."', '- [ ] Concreet', '- [ ] Effect benoemd', 'uitleg: u', 'beter: b']);
    expect(feedbackModel.verdict(none, { ticks: [] })).toBe(true);
  });

  test('tallies ticks per criterion, right answers, and only the shown rewrites', () => {
    const answers = entries([
      { ticks: ['b', 'd'], rewrite: 'Ik zag het.' },
      { ticks: ['a', 'b'] },
      { ticks: [], rewrite: 'Wil je dit?' },
      { ticks: ['z'] },
    ]);
    const progress = { shown: [{ pid: 'p3', hash: hashText('Wil je dit?') }] };
    const tally = feedbackModel.tally(rewriting, answers, progress);
    expect(tally).toEqual({ total: 3, counts: { a: 1, b: 2, c: 0, d: 1 }, right: 1, rewrites: 2, shown: ['Wil je dit?'] });
    expect(feedbackModel.tally(rewriting, answers, undefined).shown).toEqual([]);
    expect(feedbackModel.measures!(rewriting, tally, progress)).toEqual({ A: (1 / 3) * 100, B: (2 / 3) * 100, C: 0, D: (1 / 3) * 100, goed: (1 / 3) * 100 });
    expect(feedbackModel.measureNames!(rewriting)).toEqual(['A', 'B', 'C', 'D', 'goed']);
    expect(feedbackModel.measures!(rewriting, feedbackModel.tally(rewriting, [], undefined), undefined)).toEqual({});
  });

  test('reveals the model verdict beside the room and the shown rewrites without senders; the prompt holds no verdict', () => {
    const answers = entries([{ ticks: ['b'], rewrite: 'Zo dus.' }, { ticks: ['b', 'd'], rewrite: 'Anders.' }]);
    const progress = { shown: [{ pid: 'p1', hash: hashText('Zo dus.') }, { pid: 'p2', hash: hashText('Anders.') }] };
    const reveal = feedbackModel.toReveal(rewriting, feedbackModel.tally(rewriting, answers, progress), progress);
    expect(reveal).toMatchObject({ meets: ['b', 'd'], total: 2, right: 1, shown: ['Anders.', 'Zo dus.'], better: rewriting.better });
    expect(JSON.stringify(reveal)).not.toMatch(/"p[12]"/);
    const prompt = feedbackModel.toPrompt(rewriting, progress);
    expect(prompt).toEqual({ kind: 'feedback', statement: rewriting.statement, criteria: rewriting.criteria, rewrite: true, max: 20 });
  });

  test('moderates rewrites only when the block asks for them', () => {
    const context = { answers: entries([{ ticks: [], rewrite: 'Zo dus.' }, { ticks: ['a'] }]), online: [] };
    expect(feedbackModel.move!(rewriting, undefined, { type: 'show-all' }, context)).toEqual({
      progress: { shown: [{ pid: 'p1', hash: hashText('Zo dus.') }] },
      round: 'same',
    });
    expect(feedbackModel.move!(rewriting, undefined, { type: 'show', pid: 'p2' }, context)).toBeNull();
    expect(feedbackModel.move!(plain, undefined, { type: 'show-all' }, context)).toBeNull();
  });
});

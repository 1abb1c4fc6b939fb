import { describe, expect, test } from 'vitest';
import { BlockError, type AnswerEntry } from '../../../src/shared/kind/kind.ts';
import { withModeration } from '../../../src/shared/kind/moderation.ts';
import { vragenModel, type VragenDefinition, type VragenProgress, type VragenPublicParts, type VragenTally } from '../../../src/kinds/vragen/model.ts';
import { vragen } from '../../../src/kinds/vragen/index.ts';
import { isVragenAnswer, publicQuestionId, questionContentHash, type VragenAnswer } from '../../../src/kinds/vragen/rules.ts';
import { blockOf } from '../../support/answers.ts';
import { thrownBy } from '../../support/thrown.ts';

const parse = (lines: string[]) => vragenModel.parse(blockOf('vragen', lines, { id: 'zaal', firstLine: 20 }));
const errorOf = (lines: string[]) => thrownBy(() => parse(lines), BlockError);
const DEF = parse(['Welke vraag heb jij voor de spreker?']);
const OPEN_DEF: VragenDefinition = { ...DEF, moderated: false };
const limits = { max: DEF.max, perSeat: DEF.perSeat };

const ask = (id: string, text: string, name?: string) => ({ id, text, ...(name ? { name } : {}) });
const entry = (pid: string, questions: ReturnType<typeof ask>[], votes: string[] = []): AnswerEntry<VragenAnswer> => ({ pid, value: { questions, votes } });
const qid = (_pid: string, local: string) => publicQuestionId(local);
const markOf = (pid: string, question: ReturnType<typeof ask>) => ({ pid, hash: questionContentHash(question) });
const tally = (definition: VragenDefinition, answers: AnswerEntry<VragenAnswer>[], progress?: VragenProgress): VragenTally =>
  vragenModel.tally(definition, answers, progress);

describe('vragenModel.parse', () => {
  test('reads the invitation, with 160 characters, 3 questions a seat and moderation on by default', () => {
    expect(DEF).toEqual({ kind: 'vragen', id: 'zaal', tags: [], seconds: undefined, question: 'Welke vraag heb jij voor de spreker?', max: 160, perSeat: 3, moderated: true });
  });

  test('turns moderation off for a small group and takes "aantal:" and "max:"', () => {
    expect(parse(['Vraag?', 'max: 200', 'aantal: 5', 'moderatie: uit'])).toMatchObject({ max: 200, perSeat: 5, moderated: false });
    expect(parse(['Vraag?', 'moderatie: aan']).moderated).toBe(true);
  });

  test('names the line of a bad field and the block when the invitation is missing', () => {
    expect(errorOf(['Vraag?', 'moderatie: soms']).line).toBe(21);
    expect(errorOf(['Vraag?', 'aantal: 0']).line).toBe(21);
    expect(errorOf(['Vraag?', 'aantal: 11']).line).toBe(21);
    expect(errorOf(['Vraag?', 'max: 10']).line).toBe(21);
    expect(errorOf(['Vraag?', 'stemmen: ja']).message).toContain('unknown field');
    expect(errorOf(['max: 100']).message).toContain('invitation is missing');
  });
});

describe('isVragenAnswer', () => {
  test('accepts questions with an optional name, and votes', () => {
    expect(isVragenAnswer({ questions: [], votes: [] }, limits)).toBe(true);
    expect(isVragenAnswer({ questions: [ask('aaaa1', 'Hoe begin ik?', 'Sanne')], votes: ['abc123'] }, limits)).toBe(true);
  });

  test('refuses an empty, untrimmed, oversize or unclean question, a bad name, too many questions, a twice-used id and odd votes', () => {
    for (const bad of [
      { questions: [ask('aaaa1', '')], votes: [] },
      { questions: [ask('aaaa1', ' Hoe?')], votes: [] },
      { questions: [ask('aaaa1', 'x'.repeat(161))], votes: [] },
      { questions: [ask('aaaa1', 'Ho\u202ee?')], votes: [] },
      { questions: [ask('aaaa1', 'Hoe?\nZo')], votes: [] },
      { questions: [{ id: 'aaaa1', text: 'Hoe?', name: '' }], votes: [] },
      { questions: [ask('aaaa1', 'Hoe?', 'x'.repeat(31))], votes: [] },
      { questions: [{ id: 'aaaa1', text: 'Hoe?', pid: 'p' }], votes: [] },
      { questions: [ask('AA', 'Hoe?')], votes: [] },
      { questions: ['a', 'b', 'c', 'd'].map((n) => ask(`aaaa${n}`, 'Hoe?')), votes: [] },
      { questions: [ask('aaaa1', 'Hoe?'), ask('aaaa1', 'Wat?')], votes: [] },
      { questions: [], votes: ['<b>'] },
      { questions: [], votes: [42] },
      { questions: [], votes: Array.from({ length: 101 }, (_, i) => `q${i}`) },
      { questions: [], votes: [], extra: 1 },
      'Hoe begin ik?',
      null,
    ]) {
      expect(isVragenAnswer(bad, limits), JSON.stringify(bad).slice(0, 80)).toBe(false);
    }
  });
});

describe('vragenModel.tally', () => {
  const a1 = ask('aaaa1', 'Hoe begin ik het gesprek?');
  const b1 = ask('bbbb1', 'Wie betaalt de training?', 'Piet');
  const answers = [entry('p1', [a1]), entry('p2', [b1], [qid('p1', 'aaaa1')]), entry('p3', [], [qid('p1', 'aaaa1'), qid('p2', 'bbbb1')])];

  test('shows nothing before approval, and counts what waits', () => {
    expect(tally(DEF, answers)).toEqual({ questions: [], waiting: 2, total: 2 });
  });

  test('ranks approved questions by votes, one vote per voter, never one\'s own', () => {
    const progress = { shown: [markOf('p1', a1), markOf('p2', b1)] };
    const withExtras = [
      entry('p1', [a1], [qid('p1', 'aaaa1')]),
      entry('p2', [b1], [qid('p1', 'aaaa1')]),
      entry('p3', [], [qid('p1', 'aaaa1'), qid('p1', 'aaaa1'), qid('p2', 'bbbb1')]),
    ];
    const { questions, waiting } = tally(DEF, withExtras, progress);
    expect(waiting).toBe(0);
    expect(questions.map((q) => [q.text, q.votes])).toEqual([
      ['Hoe begin ik het gesprek?', 2],
      ['Wie betaalt de training?', 1],
    ]);
    expect(questions[1]).toMatchObject({ name: 'Piet', pid: 'p2', state: 'open', isApproved: true });
  });

  test('ignores a vote on an unapproved or unknown question', () => {
    const progress = { shown: [markOf('p2', b1)] };
    const { questions } = tally(DEF, [...answers, entry('p4', [], [qid('p1', 'aaaa1'), 'onbekend'])], progress);
    expect(questions.map((q) => [q.text, q.votes])).toEqual([['Wie betaalt de training?', 1]]);
  });

  test('an approved question its sender edits waits for approval again', () => {
    const progress = { shown: [markOf('p1', a1)] };
    const edited = [entry('p1', [ask('aaaa1', 'Hoe begin ik?')])];
    expect(tally(DEF, edited, progress)).toMatchObject({ questions: [], waiting: 1 });
  });

  test('shows every question at once with moderation off, ties in text order', () => {
    const { questions } = tally(OPEN_DEF, [entry('p1', [a1]), entry('p2', [b1])]);
    expect(questions.map((q) => q.text)).toEqual(['Hoe begin ik het gesprek?', 'Wie betaalt de training?']);
  });
});

describe('the speaker\'s marks and the moderation window\'s approvals', () => {
  const a1 = ask('aaaa1', 'Eerste?');
  const b1 = ask('bbbb1', 'Tweede?');
  const answers = [entry('p1', [a1]), entry('p2', [b1])];
  const context = { answers, online: [] };
  const move = (progress: unknown, m: unknown) => vragenModel.move!(OPEN_DEF, progress as VragenProgress, m, context);

  test('answering one question makes the one before it done; done and reopen move it back and forth', () => {
    const first = move(undefined, { type: 'answering', id: qid('p1', 'aaaa1') })!;
    expect(first.progress).toEqual({ answering: qid('p1', 'aaaa1'), done: [] });
    const second = move(first.progress, { type: 'answering', id: qid('p2', 'bbbb1') })!;
    expect(second.progress).toEqual({ answering: qid('p2', 'bbbb1'), done: [qid('p1', 'aaaa1')] });
    const done = move(second.progress, { type: 'done', id: qid('p2', 'bbbb1') })!;
    expect(done.progress).toEqual({ answering: null, done: [qid('p1', 'aaaa1'), qid('p2', 'bbbb1')] });
    expect(move(done.progress, { type: 'reopen', id: qid('p1', 'aaaa1') })!.progress).toEqual({ answering: null, done: [qid('p2', 'bbbb1')] });
    expect(tally(OPEN_DEF, answers, second.progress).questions.map((q) => q.state).sort()).toEqual(['answering', 'done']);
  });

  test('ignores a mark on an unknown question', () => {
    expect(move(undefined, { type: 'answering', id: 'onbekend' })).toBeNull();
  });

  test('approves and hides one question of a sender by its hash, keeping the deck\'s marks beside them', () => {
    const twoOfP1 = [entry('p1', [a1, ask('cccc1', 'Derde?')])];
    const moderate = (progress: unknown, m: unknown) => vragenModel.move!(DEF, progress as VragenProgress, m, { answers: twoOfP1, online: [] });
    const shown = moderate({ answering: null, done: ['x'] }, { type: 'show', pid: 'p1', hash: questionContentHash(a1) })!;
    expect(shown.progress).toEqual({ answering: null, done: ['x'], shown: [markOf('p1', a1)] });
    expect(tally(DEF, twoOfP1, shown.progress).questions.map((q) => q.text)).toEqual(['Eerste?']);
    expect(moderate(shown.progress, { type: 'show', pid: 'p1', hash: 'verzonnen' })).toBeNull();
    expect(moderate(shown.progress, { type: 'hide', pid: 'p1', hash: questionContentHash(a1) })!.progress.shown).toEqual([]);
    expect(moderate(undefined, { type: 'show-all' })!.progress.shown).toHaveLength(2);
  });

  test('a state with the moderation window\'s entry keeps the deck\'s marks', () => {
    const state = { status: 'open' as const, round: 2, prompt: {}, progress: { answering: 'q1', done: [] } };
    expect(withModeration(state, { round: 2, shown: [markOf('p1', a1)] }).progress).toEqual({ answering: 'q1', done: [], shown: [markOf('p1', a1)] });
    expect(withModeration(state, { round: 1, shown: [] }).progress).toEqual({ answering: 'q1', done: [] });
  });
});

describe('what phones see', () => {
  test('only approved questions with their counts, in id order, without senders or voters', () => {
    const a1 = ask('aaaa1', 'Goedgekeurd?');
    const b1 = ask('bbbb1', 'Nog niet goedgekeurd?');
    const answers = [entry('p1', [a1]), entry('p2', [b1], [qid('p1', 'aaaa1')])];
    const state = { status: 'open' as const, round: 1, prompt: {}, progress: { shown: [markOf('p1', a1)] } };
    const parts = vragenModel.publicTally!(DEF, state, answers) as VragenPublicParts;
    expect(parts).toEqual({ questions: [{ id: qid('p1', 'aaaa1'), text: 'Goedgekeurd?', state: 'open' }], votes: { [qid('p1', 'aaaa1')]: 1 } });
    const text = JSON.stringify(parts);
    for (const secret of ['p1', 'p2', 'aaaa1', 'Nog niet']) expect(text).not.toContain(secret);
  });

  test('a public id is not the phone\'s own id and looks like a vote the server accepts', () => {
    expect(publicQuestionId('aaaa1')).not.toContain('aaaa1');
    expect(publicQuestionId('aaaa1')).not.toBe(publicQuestionId('aaaa2'));
    expect(publicQuestionId('aaaa1')).toMatch(/^[a-z0-9]{1,16}$/);
  });
});

describe('the descriptor', () => {
  test('moderates each question of a phone separately, and only with moderation on', () => {
    const value = { questions: [ask('aaaa1', 'Een?'), ask('bbbb1', 'Twee?', 'Els')], votes: [] };
    expect(vragen.moderation!.textsOf!(DEF, value).map((t) => t.text)).toEqual(['Een?', 'Twee? — Els']);
    expect(vragen.moderation!.applies(DEF)).toBe(true);
    expect(vragen.moderation!.applies(OPEN_DEF)).toBe(false);
  });

  test('a simulated phone asks up to its limit, keeping its votes', () => {
    const prompt = vragenModel.toPrompt(DEF, undefined);
    let previous: unknown;
    for (let i = 0; i < 3; i++) {
      previous = vragen.sampleAnswer(prompt, { prompt, previous }, () => (i + 1) / 7);
      expect(isVragenAnswer(previous, limits)).toBe(true);
    }
    expect(vragen.sampleAnswer(prompt, { prompt, previous }, Math.random)).toBeNull();
  });
});

import { describe, expect, test } from 'vitest';
import { FREE_TEXT_LIMIT, isFreeText, normalizeFreeText } from '../../src/shared/kind/free-text.ts';
import {
  hashText,
  isModerationMove,
  isShown,
  moderate,
  moderatedItems,
  moderationEntry,
  withModeration,
  type ModerationProgress,
} from '../../src/shared/kind/moderation.ts';
import type { ExerciseState } from '../../src/shared/room-schema.ts';
import { entries } from '../support/answers.ts';

const textOf = (value: unknown) => (typeof value === 'string' ? value : null);
const answers = entries(['geduld', 'rust', 'structuur']);

function apply(progress: ModerationProgress | undefined, ...moves: unknown[]): ModerationProgress | undefined {
  for (const move of moves) progress = moderate(progress, move, answers, textOf)?.progress ?? progress;
  return progress;
}

describe('free text', () => {
  test('accepts trimmed text of 1..max characters', () => {
    expect(isFreeText('a', 5)).toBe(true);
    expect(isFreeText('vijf!', 5)).toBe(true);
    expect(isFreeText('zesjes', 5)).toBe(false);
    for (const bad of ['', ' a', 'a ', 42, null, ['a'], { text: 'a' }]) expect(isFreeText(bad, 80)).toBe(false);
  });

  test('rejects control characters, line breaks and bidi overrides', () => {
    for (const bad of ['a\nb', 'a\tb', 'a\u0000b', 'a\u007fb', 'a\u2028b', 'a\u202eb', 'a\u2066b']) expect(isFreeText(bad, 80)).toBe(false);
    expect(isFreeText('emoji 👩‍🔧 mag', 80)).toBe(true);
  });

  test('rejects zero-width characters and piled-up combining marks, as in nicknames', () => {
    for (const bad of ['a\u200bb', 'a\u200db', 'a\ufeffb', 'a\u200fb', 'Za\u0351\u0352\u0357lgo']) expect(isFreeText(bad, 80)).toBe(false);
  });

  test('turns piled-up marks and invisible characters in what was typed into text it accepts', () => {
    const typed = 'Ge\u200bdu\u0351\u0352\u0357\u035bld';
    expect(normalizeFreeText(typed)).toBe('Gedu\u0351\u0352ld');
    expect(isFreeText(normalizeFreeText(typed), 80)).toBe(true);
  });

  test('turns what was typed into one trimmed line', () => {
    expect(normalizeFreeText('  twee\n\nregels\t en\u202e meer  ')).toBe('twee regels en meer');
    expect(FREE_TEXT_LIMIT).toBe(280);
  });
});

describe('moderate', () => {
  test('shows answers in the order the trainer picks them, and hides them again', () => {
    const progress = apply(undefined, { type: 'show', pid: 'p3' }, { type: 'show', pid: 'p1' });
    expect(progress?.shown.map((mark) => mark.pid)).toEqual(['p3', 'p1']);
    expect(moderatedItems(answers.map(({ pid, value }) => ({ pid, text: value })), progress)).toEqual([
      { pid: 'p3', text: 'structuur', isShown: true },
      { pid: 'p1', text: 'geduld', isShown: true },
      { pid: 'p2', text: 'rust', isShown: false },
    ]);
    expect(apply(progress, { type: 'hide', pid: 'p3' })?.shown.map((mark) => mark.pid)).toEqual(['p1']);
  });

  test('shows all and hides all; showing twice keeps one mark', () => {
    const all = apply(undefined, { type: 'show', pid: 'p2' }, { type: 'show-all' }, { type: 'show', pid: 'p2' });
    expect(all?.shown.map((mark) => mark.pid)).toEqual(['p2', 'p1', 'p3']);
    expect(apply(all, { type: 'hide-all' })).toEqual({ shown: [] });
  });

  test('keeps the round and the status, and ignores unknown moves and pids without an answer', () => {
    expect(moderate(undefined, { type: 'show', pid: 'p1' }, answers, textOf)).toEqual({
      progress: { shown: [{ pid: 'p1', hash: hashText('geduld') }] },
      round: 'same',
    });
    for (const move of [{ type: 'show', pid: 'p9' }, { type: 'show' }, { type: 'publish' }, null, 'show-all']) {
      expect(moderate(undefined, move, answers, textOf)).toBeNull();
    }
  });

  test('binds approval to the exact text: a changed answer leaves the screen until shown again', () => {
    const progress = apply(undefined, { type: 'show', pid: 'p1' });
    expect(isShown(progress, 'p1', 'geduld')).toBe(true);
    expect(isShown(progress, 'p1', 'iets ergs')).toBe(false);
    expect(isShown(progress, 'p2', 'geduld')).toBe(false);
    const changed = entries(['iets ergs', 'rust', 'structuur']);
    expect(moderatedItems(changed.map(({ pid, value }) => ({ pid, text: value })), progress)[0]).toEqual({ pid: 'p1', text: 'iets ergs', isShown: false });
    expect(moderate(progress, { type: 'show', pid: 'p2' }, changed, textOf)?.progress.shown.map((mark) => mark.pid)).toEqual(['p2']);
  });

  test('hashes texts to distinct, stable values', () => {
    expect(hashText('geduld')).toBe(hashText('geduld'));
    expect(hashText('geduld')).not.toBe(hashText('Geduld'));
    expect(new Set(['a', 'b', 'ab', 'ba', '', ' '].map(hashText)).size).toBe(6);
  });
});

describe('the moderation window\'s own key', () => {
  const state: ExerciseState = { status: 'locked', round: 2, prompt: { kind: 'open' } };
  const marks = apply(undefined, { type: 'show', pid: 'p1' })!;

  test('gives the kind the marks of the current round as its progress, beside the deck\'s state', () => {
    expect(withModeration(state, moderationEntry(2, marks))).toEqual({ ...state, progress: marks });
  });

  test('ignores marks of an earlier round: a reset needs no write in the moderation window\'s key', () => {
    expect(withModeration(state, moderationEntry(1, marks))).toEqual(state);
    expect(withModeration(state, undefined)).toEqual(state);
    expect(withModeration(state, { round: 2 })).toEqual(state);
  });

  test('without an entry keeps marks a room stored before the split holds in the deck\'s state; an entry replaces them', () => {
    const stored = { ...state, progress: marks };
    expect(withModeration(stored, undefined)).toEqual(stored);
    expect(withModeration(stored, moderationEntry(2, { shown: [] }))).toEqual({ ...state, progress: { shown: [] } });
  });

  test('tells moderation moves from every other kind\'s moves', () => {
    for (const move of [{ type: 'show', pid: 'p1' }, { type: 'hide', pid: 'p1' }, { type: 'show-all' }, { type: 'hide-all' }]) {
      expect(isModerationMove(move)).toBe(true);
    }
    for (const move of ['next', 'summary', { type: 'kies', choice: 'a' }, { type: 'groepen', size: 2 }, { type: 'show' }, null]) {
      expect(isModerationMove(move)).toBe(false);
    }
  });
});

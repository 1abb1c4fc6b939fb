import { describe, expect, test } from 'vitest';
import { inboxDocName, parseDocName, participantDocName, publicStageDocName, resultsDocName, stageDocName } from '../../src/shared/doc-names.ts';
import { applyMove, applyStageAction, initialExerciseState, isParticipantAnswer, type ExerciseState } from '../../src/shared/room-schema.ts';

describe('applyStageAction', () => {
  const open: ExerciseState = { status: 'open', round: 1, prompt: { q: 1 } };

  const context = { revealPayload: () => ({ correct: ['b'] }), firstPrompt: () => ({ q: 1 }), now: 1000 };

  test('lock, reveal with the payload, open again, and reset to a new round without the reveal', () => {
    const locked = applyStageAction(open, 'lock', context);
    expect(locked.status).toBe('locked');
    const revealed = applyStageAction(locked, 'reveal', context);
    expect(revealed).toEqual({ status: 'revealed', round: 1, prompt: { q: 1 }, reveal: { correct: ['b'] } });
    expect(applyStageAction(revealed, 'reset', context)).toEqual({ status: 'open', round: 2, prompt: { q: 1 } });
    expect(applyStageAction(locked, 'open', context)).toEqual(open);
  });

  test('with a countdown, open and reset set the deadline; lock and reveal clear it', () => {
    const timed = { ...context, seconds: 30 };
    const reopened = applyStageAction(open, 'reset', timed);
    expect(reopened.closesAt).toBe(31_000);
    expect(initialExerciseState({ q: 1 }, 1000, 30)).toEqual({ status: 'open', round: 1, prompt: { q: 1 }, closesAt: 31_000 });
    expect(applyStageAction(reopened, 'lock', timed)).not.toHaveProperty('closesAt');
    expect(applyStageAction(reopened, 'reveal', timed)).not.toHaveProperty('closesAt');
  });

  test('reset forgets the kind\'s progress and starts from its first prompt', () => {
    const moved: ExerciseState = { status: 'revealed', round: 3, prompt: { q: 2 }, progress: { at: 2 }, reveal: {} };
    expect(applyStageAction(moved, 'reset', context)).toEqual({ status: 'open', round: 4, prompt: { q: 1 } });
  });
});

describe('applyMove', () => {
  const context = { prompt: { q: 2 }, revealPayload: () => ({ shown: 1 }), now: 1000, seconds: 30 };
  const revealed: ExerciseState = { status: 'revealed', round: 1, prompt: { q: 1 }, reveal: { old: true }, progress: { at: 1 } };

  test('a move to a new round reopens with the new prompt, a fresh deadline and no reveal', () => {
    expect(applyMove(revealed, { progress: { at: 2 }, round: 'next' }, context)).toEqual({
      status: 'open', round: 2, prompt: { q: 2 }, progress: { at: 2 }, closesAt: 31_000,
    });
  });

  test('a move in the same round keeps the status, the deadline of an open exercise, and renews a reveal', () => {
    const open: ExerciseState = { status: 'open', round: 1, prompt: { q: 1 }, closesAt: 5000 };
    expect(applyMove(open, { progress: { at: 1 }, round: 'same' }, context)).toEqual({
      status: 'open', round: 1, prompt: { q: 2 }, progress: { at: 1 }, closesAt: 5000,
    });
    expect(applyMove(revealed, { progress: { at: 1 }, round: 'same' }, context).reveal).toEqual({ shown: 1 });
    expect(applyMove(revealed, { progress: { at: 1 }, round: 'same', status: 'locked' }, context)).not.toHaveProperty('reveal');
  });

  test('a move that restarts the countdown gives an open exercise a fresh deadline in the same round', () => {
    const open: ExerciseState = { status: 'open', round: 1, prompt: { q: 1 }, closesAt: 5000 };
    expect(applyMove(open, { progress: { at: 2 }, round: 'same', status: 'open', restartCountdown: true }, context)).toEqual({
      status: 'open', round: 1, prompt: { q: 2 }, progress: { at: 2 }, closesAt: 31_000,
    });
  });
});

describe('isParticipantAnswer', () => {
  test('accepts exactly {round, value} with a positive whole round', () => {
    expect(isParticipantAnswer({ round: 1, value: 'a' })).toBe(true);
    expect(isParticipantAnswer({ round: 0, value: 'a' })).toBe(false);
    expect(isParticipantAnswer({ round: 1.5, value: 'a' })).toBe(false);
    expect(isParticipantAnswer({ round: 1 })).toBe(false);
    expect(isParticipantAnswer({ round: 1, value: 'a', at: 3 })).toBe(false);
    expect(isParticipantAnswer(['a'])).toBe(false);
  });
});

describe('doc names', () => {
  test('round-trip and refuse anything else', () => {
    expect(parseDocName(stageDocName('ABC234'))).toEqual({ code: 'ABC234', kind: 'stage' });
    expect(parseDocName(resultsDocName('ABC234'))).toEqual({ code: 'ABC234', kind: 'results' });
    expect(parseDocName(participantDocName('ABC234', 'abcdefghijklmnop'))).toEqual({
      code: 'ABC234', kind: 'participant', pid: 'abcdefghijklmnop',
    });
    expect(parseDocName(publicStageDocName('ABC234'))).toEqual({ code: 'ABC234', kind: 'public' });
    expect(parseDocName(inboxDocName('ABC234', 'abcdefghijklmnop'))).toEqual({ code: 'ABC234', kind: 'inbox', pid: 'abcdefghijklmnop' });
    expect(parseDocName('room/ABC234/p/../../x')).toBeNull();
    expect(parseDocName('room/ABC234/inbox/../stage')).toBeNull();
    expect(parseDocName('room/ABC234/inbox')).toBeNull();
    expect(parseDocName('room/ABC234/other')).toBeNull();
    expect(parseDocName('elsewhere')).toBeNull();
  });
});

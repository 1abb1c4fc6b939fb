import { describe, expect, test } from 'vitest';
import { parseDocName, participantDocName, resultsDocName, stageDocName } from '../../src/shared/doc-names.ts';
import { applyStageAction, initialExerciseState, isParticipantAnswer, type ExerciseState } from '../../src/shared/room-schema.ts';

describe('applyStageAction', () => {
  const open: ExerciseState = { status: 'open', round: 1, prompt: { q: 1 } };

  const context = { revealPayload: () => ({ correct: ['b'] }), now: 1000 };

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
    expect(parseDocName('room/ABC234/p/../../x')).toBeNull();
    expect(parseDocName('room/ABC234/other')).toBeNull();
    expect(parseDocName('elsewhere')).toBeNull();
  });
});

import { describe, expect, test } from 'vitest';
import { parseDocName, participantDocName, resultsDocName, stageDocName } from '../../src/shared/doc-names.ts';
import { applyStageAction, isParticipantAnswer, type ExerciseState } from '../../src/shared/room-schema.ts';

describe('applyStageAction', () => {
  const open: ExerciseState = { status: 'open', round: 1, prompt: { q: 1 } };

  test('lock, reveal with the payload, open again, and reset to a new round without the reveal', () => {
    const locked = applyStageAction(open, 'lock', () => null);
    expect(locked.status).toBe('locked');
    const revealed = applyStageAction(locked, 'reveal', () => ({ correct: 'b' }));
    expect(revealed).toEqual({ status: 'revealed', round: 1, prompt: { q: 1 }, reveal: { correct: 'b' } });
    expect(applyStageAction(revealed, 'reset', () => null)).toEqual({ status: 'open', round: 2, prompt: { q: 1 } });
    expect(applyStageAction(locked, 'open', () => null)).toEqual(open);
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

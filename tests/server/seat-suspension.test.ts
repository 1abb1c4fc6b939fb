import { describe, expect, test } from 'vitest';
import { createSeatSuspensions, seatOf } from '../../server/seat-suspension.ts';

function clock() {
  let time = 0;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('createSeatSuspensions', () => {
  const setUp = () => {
    const time = clock();
    const suspensions = createSeatSuspensions({ maxRefusals: 3, windowMs: 60_000, suspendMs: 60_000, now: time.now });
    return { time, suspensions };
  };

  test('suspends a seat once its refusals within the window exceed the limit, and only that seat', () => {
    const { suspensions } = setUp();
    for (let i = 0; i < 3; i++) suspensions.recordRefusal('participant:ABC234:one');
    expect(suspensions.isSuspended('participant:ABC234:one')).toBe(false);
    suspensions.recordRefusal('participant:ABC234:one');
    expect(suspensions.isSuspended('participant:ABC234:one')).toBe(true);
    expect(suspensions.isSuspended('participant:ABC234:two')).toBe(false);
  });

  test('lifts the suspension after its time, with a fresh count', () => {
    const { time, suspensions } = setUp();
    for (let i = 0; i < 4; i++) suspensions.recordRefusal('viewer:ABC234');
    time.advance(59_999);
    expect(suspensions.isSuspended('viewer:ABC234')).toBe(true);
    time.advance(1);
    expect(suspensions.isSuspended('viewer:ABC234')).toBe(false);
    suspensions.recordRefusal('viewer:ABC234');
    expect(suspensions.isSuspended('viewer:ABC234')).toBe(false);
  });

  test('forgets refusals older than the window: a rare refusal (an answer just as the trainer locks) never adds up', () => {
    const { time, suspensions } = setUp();
    for (let i = 0; i < 100; i++) {
      suspensions.recordRefusal('participant:ABC234:one');
      time.advance(20_001);
    }
    expect(suspensions.isSuspended('participant:ABC234:one')).toBe(false);
  });

  test('keeps nothing for seats whose refusals and suspension are over', () => {
    const { time, suspensions } = setUp();
    for (let i = 0; i < 1000; i++) suspensions.recordRefusal(`participant:ABC234:${i}`);
    for (let i = 0; i < 4; i++) suspensions.recordRefusal('participant:ABC234:loud');
    time.advance(60_001);
    suspensions.recordRefusal('participant:ABC234:late');
    expect(suspensions.trackedCount()).toBe(1);
  });
});

describe('seatOf', () => {
  test('is the participant for a participant, and the room credential for a trainer or viewer', () => {
    expect(seatOf('ABC234', 'participant', 'pid1')).toBe('participant:ABC234:pid1');
    expect(seatOf('ABC234', 'viewer', 'pid1')).toBe('viewer:ABC234');
    expect(seatOf('ABC234', 'trainer', undefined)).toBe('trainer:ABC234');
  });
});

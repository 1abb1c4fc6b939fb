import { describe, expect, test } from 'vitest';
import { missedSession } from '../../src/shared/leergang/catch-up.ts';
import type { MemberHistory, MemberSession } from '../../src/shared/leergang/member-history.ts';

const session = (n: number, given: boolean, attended: boolean): MemberSession => ({
  session: n, deck: `sessie-${n}`, title: `Sessie ${n}`, about: null, plannedDate: null, given, attended, tasks: [], asked: [], scales: [],
});
const historyOf = (sessions: MemberSession[]) => ({ sessions }) as MemberHistory;

describe('missedSession', () => {
  test('is the session given before the current one when the member missed it', () => {
    const history = historyOf([session(1, true, true), session(2, true, false), session(3, true, true), session(4, false, false)]);
    expect(missedSession(history)?.session).toBe(2);
  });

  test('is null when the member was at the previous session, or at the first session of the group', () => {
    expect(missedSession(historyOf([session(1, true, false), session(2, true, true), session(3, true, true)]))).toBeNull();
    expect(missedSession(historyOf([session(1, true, true), session(2, false, false)]))).toBeNull();
  });

  test('skips sessions not given, and says nothing to a member not in the current session', () => {
    expect(missedSession(historyOf([session(1, true, false), session(2, false, false), session(3, true, true)]))?.session).toBe(1);
    expect(missedSession(historyOf([session(1, true, false), session(2, true, false)]))).toBeNull();
  });
});

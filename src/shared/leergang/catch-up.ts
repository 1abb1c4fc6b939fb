/**
 * What a member catches up on at the start of a session: the session given just before it, when
 * they missed it. The session running now is the group's latest given one (a trainer opens the
 * sessions in order). Pure, so the phone's card and its test agree.
 */
import type { MemberHistory, MemberSession } from './member-history.ts';

export function missedSession(history: MemberHistory): MemberSession | null {
  const given = history.sessions.filter((s) => s.given);
  if (given.length < 2) return null;
  const [previous, current] = given.slice(-2);
  return current.attended && !previous.attended ? previous : null;
}

/**
 * What a phone knows of its member's own task from last time, from the member's own history (the
 * join page provides it in a leergang; see client/lib/member-history-context.ts). Pure, so the
 * phone view's four cases are cheap to test.
 */
import type { MemberHistory } from '../../../sync/member-api.ts';

export type OwnTask =
  /** The member wrote this task in that session. */
  | { kind: 'task'; text: string }
  /** The member was there but kept no task on this phone (or wrote none). */
  | { kind: 'none' }
  /** The member missed that session. */
  | { kind: 'missed' }
  /** No history for that session: not in a leergang, or the history is not (yet) there. */
  | { kind: 'unknown' };

export function ownTaskOf(history: MemberHistory | undefined, task: { deck: string; exercise: string }): OwnTask {
  const session = history?.sessions.find((candidate) => candidate.deck === task.deck);
  if (!session) return { kind: 'unknown' };
  const written = session.tasks.find((candidate) => candidate.exercise === task.exercise);
  if (written) return { kind: 'task', text: written.text };
  return session.attended ? { kind: 'none' } : { kind: 'missed' };
}

/** Which guard check applies to a connection's writes, from its grant and its document. */
import type { DocRef } from '../src/shared/doc-names.ts';
import type { Grant } from './auth.ts';
import type { DocHub } from './doc-hub.ts';
import { checkParticipantUpdate, checkReadOnlyUpdate } from './guard.ts';
import type { Room } from './rooms.ts';
import type { WritePolicy } from './sync-connection.ts';

export function writePolicyFor(room: Room, ref: DocRef, grant: Grant, hub: DocHub): WritePolicy {
  if (!grant.canWrite) return (update) => checkReadOnlyUpdate(hub.doc, update);
  if (grant.role === 'trainer') return () => ({ apply: true });
  const pid = ref.pid!;
  return (update) => {
    const verdict = checkParticipantUpdate(update, {
      doc: hub.doc,
      pid,
      exerciseOf: room.exerciseOf,
      stateOf: room.stateOf,
    });
    if (!verdict.ok) return verdict;
    return {
      apply: true,
      after() {
        if (verdict.answerIds.length > 0) room.recordAnswers(pid, hub.doc, verdict.answerIds);
        if (verdict.nicknameChanged) room.recordNickname(pid, hub.doc);
      },
    };
  };
}

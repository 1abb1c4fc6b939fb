/**
 * The write steps of one connection (see steps.ts): "check write" picks the guard check its grant
 * and its document call for, "after write" copies what an accepted update changed into the results.
 */
import type { DocRef } from '../src/shared/doc-names.ts';
import type { Grant } from './auth.ts';
import type { DocHub } from './doc-hub.ts';
import { checkParticipantUpdate, checkReadOnlyUpdate, type Accepted, type Rejection } from './guard.ts';
import { checkRemoteUpdate } from './remote-guard.ts';
import type { Room } from './rooms.ts';

export type WriteSteps = {
  /** Apply the update, drop it (a read-only client's empty reply), or refuse it and close. */
  checkWrite(update: Uint8Array): Accepted | 'ignore' | Rejection;
  /** Runs after an accepted update was applied. */
  afterWrite(accepted: Accepted): void;
};

/** A trainer's writes are its own to make; nothing of them goes into the results. */
const TRAINER_WRITE: Accepted = { ok: true, answerIds: [], nicknameChanged: false };
const nothingAfter = () => {};

export function writeStepsFor(room: Room, ref: DocRef, grant: Grant, hub: DocHub): WriteSteps {
  if (!grant.canWrite) return { checkWrite: (update) => checkReadOnlyUpdate(hub.doc, update), afterWrite: nothingAfter };
  if (grant.role === 'trainer') return { checkWrite: () => TRAINER_WRITE, afterWrite: nothingAfter };
  if (grant.role === 'remote') return { checkWrite: (update) => checkRemoteUpdate(update, hub.doc), afterWrite: nothingAfter };
  const pid = ref.pid!;
  return {
    checkWrite(update) {
      const verdict = checkParticipantUpdate(update, { doc: hub.doc, pid, exerciseOf: room.exerciseOf, stateOf: room.stateOf });
      if (!verdict.ok) return verdict;
      // A kind with a budget per seat (questions from the hall) refuses a seat that changes its answer too fast.
      const overBudget = verdict.answerIds.find((id) => !room.answerBudgets.take(pid, room.exerciseOf(id)!));
      return overBudget === undefined ? verdict : { ok: false, close: 'flood', detail: `answer to "${overBudget}" changed too often` };
    },
    afterWrite({ answerIds, nicknameChanged }) {
      if (answerIds.length > 0) room.recordAnswers(pid, hub.doc, answerIds);
      if (nicknameChanged) room.recordNickname(pid, hub.doc);
    },
  };
}

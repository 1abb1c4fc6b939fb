/**
 * The inboxes: per participant, what that phone alone may see of each exercise (the kind's
 * `ownParts`: its role card, the text of its own that is on the projector). Kept up to date by
 * the server from the trainer's stage (the deck's states with the moderation window's marks) and
 * the validated answers. Only inboxes whose part changed
 * are written: a new group split writes each phone's card once, an approval one phone's inbox,
 * and a slide change none.
 */
import type * as Y from 'yjs';
import { ownPartsOf } from '../src/kinds/for-phones.ts';
import type { BaseDefinition } from '../src/shared/kind/kind.ts';
import { withModeration, type ModerationEntry } from '../src/shared/kind/moderation.ts';
import { INBOX, RESULTS, STAGE, parseResultKey, resultKey, type ExerciseState, type RecordedAnswer } from '../src/shared/room-schema.ts';
import { setIfChanged } from './set-if-changed.ts';

export type Inboxes = {
  /** A participant's inbox document was loaded: fill it, and keep it up to date from now on. */
  attach(pid: string, inbox: Y.Doc): void;
  /** The participant is gone (a deleted member): its inbox is written no more. */
  detach(pid: string): void;
  /** Stops following the stage and the results. */
  stop(): void;
};

export function followInboxes(stageDoc: Y.Doc, resultsDoc: Y.Doc, exerciseOf: (id: string) => BaseDefinition | undefined): Inboxes {
  const exercises = stageDoc.getMap<ExerciseState>(STAGE.exercises);
  const moderation = stageDoc.getMap<ModerationEntry>(STAGE.moderation);
  const answers = resultsDoc.getMap<RecordedAnswer>(RESULTS.answers);
  /** Per exercise, each phone's part as last computed. */
  const parts = new Map<string, Map<string, unknown>>();
  const inboxes = new Map<string, Y.Doc>();

  const write = (pid: string, id: string, part: unknown) => {
    const inbox = inboxes.get(pid);
    if (inbox) inbox.transact(() => setIfChanged(inbox.getMap(INBOX.own), id, part), 'server');
  };

  const partsNow = (id: string): Map<string, unknown> => {
    const state = exercises.get(id);
    const definition = exerciseOf(id);
    if (!state || !definition) return new Map();
    const answerOf = (pid: string) => answers.get(resultKey(id, pid, state.round))?.value;
    return new Map(Object.entries(ownPartsOf(definition, withModeration(state, moderation.get(id)), answerOf)));
  };

  /** Recomputes one exercise's parts and writes those that changed; `onlyPid`: just that phone's answer changed. */
  const refresh = (id: string, onlyPid?: string) => {
    const before = parts.get(id) ?? new Map<string, unknown>();
    const after = partsNow(id);
    // A phone's part depends only on the state and its own answer (see ExerciseModel.ownParts).
    const pids = onlyPid === undefined ? new Set([...before.keys(), ...after.keys()]) : [onlyPid];
    const next = onlyPid === undefined ? after : before;
    for (const pid of pids) {
      const part = after.get(pid);
      if (JSON.stringify(before.get(pid)) !== JSON.stringify(part)) write(pid, id, part);
      if (onlyPid !== undefined) {
        if (part === undefined) next.delete(pid);
        else next.set(pid, part);
      }
    }
    if (next.size > 0) parts.set(id, next);
    else parts.delete(id);
  };

  for (const id of exercises.keys()) refresh(id);
  // An exercise's parts change with the deck's state and with the moderation window's marks.
  const onStage = (event: { keysChanged: Set<string> }) => event.keysChanged.forEach((id) => refresh(id));
  const onAnswers = (event: Y.YMapEvent<RecordedAnswer>) => {
    for (const key of event.keysChanged) {
      const { exerciseId, pid, round } = parseResultKey(key);
      if (exercises.get(exerciseId)?.round === round) refresh(exerciseId, pid);
    }
  };
  exercises.observe(onStage);
  moderation.observe(onStage);
  answers.observe(onAnswers);

  return {
    attach(pid, inbox) {
      inboxes.set(pid, inbox);
      const own = inbox.getMap(INBOX.own);
      inbox.transact(() => {
        for (const id of new Set([...own.keys(), ...parts.keys()])) setIfChanged(own, id, parts.get(id)?.get(pid));
      }, 'server');
    },
    detach(pid) {
      inboxes.delete(pid);
    },
    stop() {
      exercises.unobserve(onStage);
      moderation.unobserve(onStage);
      answers.unobserve(onAnswers);
      inboxes.clear();
    },
  };
}

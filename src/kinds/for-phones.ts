/**
 * What phones may see of an exercise, by kind: the public part every phone reads and the parts
 * each phone alone reads. Private by default: a kind that says nothing shares no `progress`
 * (the trainer's own state, where pids live) and gives no phone anything of its own.
 */
import type { ExerciseState } from '../shared/room-schema.ts';
import { withoutProgress, type BaseDefinition } from '../shared/kind/kind.ts';
import { modelFor } from './registry.ts';

/** The exercise's state on the public stage. */
export function publicStateOf(definition: BaseDefinition, state: ExerciseState): ExerciseState {
  const forPhones = modelFor(definition.kind)?.forPhones;
  return forPhones ? forPhones(definition, state) : withoutProgress(state);
}

/** Each phone's own part of the exercise, by pid (`answerOf`: that phone's answer in the current round). */
export function ownPartsOf(definition: BaseDefinition, state: ExerciseState, answerOf: (pid: string) => unknown): Record<string, unknown> {
  return modelFor(definition.kind)?.ownParts?.(definition, state, answerOf) ?? {};
}

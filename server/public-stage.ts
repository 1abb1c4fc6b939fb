/**
 * The public stage: the trainer's stage as every phone may see it, kept up to date by the server
 * alone. The slide keys are copied (only those named public), each exercise's state goes through
 * its kind's `forPhones`, the slide as participants may follow it goes into `view` (cut at the
 * trainer's fragment step, see follow-view.ts), and a key is written only when its value changed,
 * so a phone receives an update only when something it sees changed.
 */
import type * as Y from 'yjs';
import { publicStateOf } from '../src/kinds/for-phones.ts';
import type { FollowView } from '../src/shared/deck/follow-view.ts';
import type { BaseDefinition } from '../src/shared/kind/kind.ts';
import { FOLLOW_VIEW, PUBLIC_STAGE_KEYS, STAGE, type ExerciseState } from '../src/shared/room-schema.ts';
import { setIfChanged } from './set-if-changed.ts';

/**
 * Derives `publicDoc` from `stageDoc` now and after every change of the stage; `exerciseOf` gives
 * the definition from the manifest (an exercise it does not know stays off the public stage), and
 * `viewOf` the room's deck's slide at the position the stage names (null: none, and `view` is
 * removed). Returns the function that stops following the stage.
 */
export function followStage(
  stageDoc: Y.Doc,
  publicDoc: Y.Doc,
  exerciseOf: (id: string) => BaseDefinition | undefined,
  viewOf: (slide: unknown) => FollowView | null = () => null,
): () => void {
  const stage = stageDoc.getMap<unknown>(STAGE.map);
  const exercises = stageDoc.getMap<ExerciseState>(STAGE.exercises);
  const publicStage = publicDoc.getMap<unknown>(STAGE.map);
  const publicExercises = publicDoc.getMap<ExerciseState>(STAGE.exercises);

  const copyExercise = (id: string) => {
    const state = exercises.get(id);
    const definition = exerciseOf(id);
    setIfChanged(publicExercises, id, state && definition ? publicStateOf(definition, state) : undefined);
  };
  const copySlide = () => {
    for (const key of PUBLIC_STAGE_KEYS) setIfChanged(publicStage, key, stage.get(key));
    // Derived from the position alone: the slide's content comes from the build, never from the trainer's writes.
    setIfChanged(publicStage, FOLLOW_VIEW, viewOf(stage.get('slide')) ?? undefined);
  };
  const copyAll = () => {
    copySlide();
    for (const id of new Set([...exercises.keys(), ...publicExercises.keys()])) copyExercise(id);
  };

  publicDoc.transact(copyAll, 'server');
  const onExercises = (event: Y.YMapEvent<ExerciseState>) => publicDoc.transact(() => event.keysChanged.forEach(copyExercise), 'server');
  const onStage = () => publicDoc.transact(copySlide, 'server');
  exercises.observe(onExercises);
  stage.observe(onStage);
  return () => {
    exercises.unobserve(onExercises);
    stage.unobserve(onStage);
  };
}

/**
 * The public stage: the trainer's stage as every phone may see it, kept up to date by the server
 * alone. The slide keys are copied (only those named public), each exercise's state goes through
 * its kind's `forPhones`, and a key is written only when its value changed, so a phone receives
 * an update only when something it sees changed.
 */
import type * as Y from 'yjs';
import { publicStateOf } from '../src/kinds/for-phones.ts';
import type { BaseDefinition } from '../src/shared/kind/kind.ts';
import { PUBLIC_STAGE_KEYS, STAGE, type ExerciseState } from '../src/shared/room-schema.ts';
import { setIfChanged } from './set-if-changed.ts';

/**
 * Derives `publicDoc` from `stageDoc` now and after every change of the stage; `exerciseOf` gives
 * the definition from the manifest (an exercise it does not know stays off the public stage).
 * Returns the function that stops following the stage.
 */
export function followStage(stageDoc: Y.Doc, publicDoc: Y.Doc, exerciseOf: (id: string) => BaseDefinition | undefined): () => void {
  const stage = stageDoc.getMap<unknown>(STAGE.map);
  const exercises = stageDoc.getMap<ExerciseState>(STAGE.exercises);
  const publicStage = publicDoc.getMap<unknown>(STAGE.map);
  const publicExercises = publicDoc.getMap<ExerciseState>(STAGE.exercises);

  const copyExercise = (id: string) => {
    const state = exercises.get(id);
    const definition = exerciseOf(id);
    setIfChanged(publicExercises, id, state && definition ? publicStateOf(definition, state) : undefined);
  };
  const copyAll = () => {
    for (const key of PUBLIC_STAGE_KEYS) setIfChanged(publicStage, key, stage.get(key));
    for (const id of new Set([...exercises.keys(), ...publicExercises.keys()])) copyExercise(id);
  };

  publicDoc.transact(copyAll, 'server');
  const onExercises = (event: Y.YMapEvent<ExerciseState>) => publicDoc.transact(() => event.keysChanged.forEach(copyExercise), 'server');
  const onStage = () => publicDoc.transact(() => PUBLIC_STAGE_KEYS.forEach((key) => setIfChanged(publicStage, key, stage.get(key))), 'server');
  exercises.observe(onExercises);
  stage.observe(onStage);
  return () => {
    exercises.unobserve(onExercises);
    stage.unobserve(onStage);
  };
}

/**
 * What an exercise screen asks of the stage, as DOM events that bubble out of its slide (and out
 * of any shadow root): `exercise-action` for the trainer's generic buttons (open, lock, reveal,
 * reset), `exercise-move` for a kind's own moves (next situation, take the majority…). Screens
 * only ask; `writeExerciseEvents` is the one place a request becomes a write to the live room.
 */
import type { StageAction } from '../../shared/room-schema.ts';
import type { LiveRoom } from '../../sync/live-room.ts';

export type ExerciseActionDetail = { exerciseId: string; action: StageAction };
/** `move` as the kind's model accepts it (see ExerciseModel.move). */
export type ExerciseMoveDetail = { exerciseId: string; move: unknown };

export function exerciseAction(detail: ExerciseActionDetail): CustomEvent<ExerciseActionDetail> {
  return new CustomEvent('exercise-action', { detail, bubbles: true, composed: true });
}

export function exerciseMove(detail: ExerciseMoveDetail): CustomEvent<ExerciseMoveDetail> {
  return new CustomEvent('exercise-move', { detail, bubbles: true, composed: true });
}

/** Turns the requests of every screen under `root` into stage writes; returns the tear-down. */
export function writeExerciseEvents(root: HTMLElement, room: LiveRoom): () => void {
  const onAction = ({ detail }: CustomEvent<ExerciseActionDetail>) => room.control(detail.exerciseId, detail.action);
  const onMove = ({ detail }: CustomEvent<ExerciseMoveDetail>) => room.move(detail.exerciseId, detail.move);
  root.addEventListener('exercise-action', onAction);
  root.addEventListener('exercise-move', onMove);
  return () => {
    root.removeEventListener('exercise-action', onAction);
    root.removeEventListener('exercise-move', onMove);
  };
}

declare global {
  interface HTMLElementEventMap {
    'exercise-action': CustomEvent<ExerciseActionDetail>;
    'exercise-move': CustomEvent<ExerciseMoveDetail>;
  }
}

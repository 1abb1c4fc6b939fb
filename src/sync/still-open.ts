/**
 * After the server refused a phone's offline answers (one of them was for an exercise the
 * trainer closed meanwhile), which of them to send again: a phone's offline changes travel
 * as one update, so one late answer takes the others down with it unless they are resent.
 */
import type { ExerciseState, ParticipantAnswer } from '../shared/room-schema.ts';

export function answersStillOpen(
  unsent: Iterable<[string, ParticipantAnswer]>,
  stateOf: (exerciseId: string) => ExerciseState | undefined,
  held: (exerciseId: string) => ParticipantAnswer | undefined,
): [string, ParticipantAnswer][] {
  return [...unsent].filter(([id, answer]) => {
    const state = stateOf(id);
    const isOpen = state?.status === 'open' && state.round === answer.round;
    // What the server already holds needs no second trip.
    return isOpen && JSON.stringify(held(id)) !== JSON.stringify(answer);
  });
}

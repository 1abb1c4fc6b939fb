/**
 * The public tallies: what every phone may see that is derived from everyone's answers (the
 * approved questions from the hall and their vote counts; a kind's `publicTally`). Written by the
 * server alone into the public stage, a map per exercise (`talliesOf`) with a key per part, and
 * only where a part changed. However fast answers arrive, an exercise is published at most once per
 * `intervalMs`: a vote costs the trainer one update, and every phone at most one per interval,
 * so 2,000 phones voting do not make 2,000 updates for each of 2,000 phones.
 */
import type * as Y from 'yjs';
import { modelFor } from '../src/kinds/registry.ts';
import { indexAnswers } from '../src/shared/deck/answer-index.ts';
import type { BaseDefinition } from '../src/shared/kind/kind.ts';
import { withModeration, type ModerationEntry } from '../src/shared/kind/moderation.ts';
import { RESULTS, STAGE, parseResultKey, talliesOf, type ExerciseState, type RecordedAnswer } from '../src/shared/room-schema.ts';
import { setIfChanged } from './set-if-changed.ts';

export type PublicTallyOptions = {
  /** The shortest time between two publications of one exercise. */
  intervalMs: number;
  now: () => number;
};

/** Follows stage and results into `publicDoc`; returns the function that stops (and drops a pending publication). */
export function followPublicTallies(
  docs: { stage: Y.Doc; results: Y.Doc; public: Y.Doc },
  exerciseOf: (id: string) => BaseDefinition | undefined,
  { intervalMs, now }: PublicTallyOptions,
): () => void {
  const exercises = docs.stage.getMap<ExerciseState>(STAGE.exercises);
  const moderation = docs.stage.getMap<ModerationEntry>(STAGE.moderation);
  const answers = docs.results.getMap<RecordedAnswer>(RESULTS.answers);
  const index = indexAnswers(answers);
  const publishes = (id: string) => {
    const definition = exerciseOf(id);
    return definition && modelFor(definition.kind)?.publicTally ? definition : undefined;
  };

  const publish = (id: string) => {
    const definition = publishes(id);
    const state = exercises.get(id);
    const parts = definition && state
      ? modelFor(definition.kind)!.publicTally!(definition, withModeration(state, moderation.get(id)), index.answersFor(id, state.round))
      : {};
    const tallies = docs.public.getMap<unknown>(talliesOf(id));
    for (const part of [...tallies.keys()]) if (!Object.hasOwn(parts, part)) tallies.delete(part);
    for (const [part, value] of Object.entries(parts)) setIfChanged(tallies, part, value);
  };

  const dirty = new Set<string>();
  let lastPublished = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    lastPublished = now();
    const ids = [...dirty];
    dirty.clear();
    docs.public.transact(() => ids.forEach(publish), 'server');
  };
  /** Publishes soon: at the end of this turn when the last publication is long enough ago, else when it is. */
  const touch = (id: string) => {
    if (!publishes(id)) return;
    dirty.add(id);
    timer ??= setTimeout(flush, Math.max(0, lastPublished + intervalMs - now()));
  };

  docs.public.transact(() => [...exercises.keys()].forEach((id) => publishes(id) && publish(id)), 'server');
  const onStage = (event: { keysChanged: Set<string> }) => event.keysChanged.forEach(touch);
  const onAnswers = (event: Y.YMapEvent<RecordedAnswer>) => {
    for (const key of event.keysChanged) {
      const { exerciseId, round } = parseResultKey(key);
      if (exercises.get(exerciseId)?.round === round) touch(exerciseId);
    }
  };
  exercises.observe(onStage);
  moderation.observe(onStage);
  answers.observe(onAnswers);
  return () => {
    clearTimeout(timer);
    exercises.unobserve(onStage);
    moderation.unobserve(onStage);
    answers.unobserve(onAnswers);
    index.destroy();
  };
}

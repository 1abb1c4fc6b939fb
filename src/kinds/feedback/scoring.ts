/** Whether a participant ticked exactly the criteria the statement meets; small on purpose, the phone view loads it without the model. */
import type { FeedbackAnswer, FeedbackDefinition } from './model.ts';

/** Whether the ticks are exactly the criteria the statement meets. */
export function isRight(definition: Pick<FeedbackDefinition, 'meets'>, answer: FeedbackAnswer | undefined): boolean {
  const ticks = answer?.ticks ?? [];
  return ticks.length === definition.meets.length && ticks.every((id) => definition.meets.includes(id));
}

/** Whether a knowledge-check answer is right; small on purpose, the phone view loads it without the model. */
import type { ChoiceAnswer, ChoiceDefinition } from './model.ts';

/** Whether an answer is right: the same option, or for multi exactly the right set. */
export function isCorrect(definition: Pick<ChoiceDefinition, 'correct'>, answer: ChoiceAnswer | undefined): boolean {
  const picked = answer === undefined ? [] : Array.isArray(answer) ? answer : [answer];
  return picked.length === definition.correct.length && picked.every((id) => definition.correct.includes(id));
}

/** Test helpers for exercise models: answers as the screen and the server hand them to a model. */
import type { AnswerContext, AnswerEntry } from '../../src/exercises/kind.ts';

/** Values as one answer each, from participants p1, p2, … */
export function entries<T>(values: readonly T[]): AnswerEntry<T>[] {
  return values.map((value, i) => ({ pid: `p${i + 1}`, value }));
}

/** The context of an answer from participant p1 with no trainer progress. */
export const FROM_P1: AnswerContext = { pid: 'p1' };

/** Whether a style fits a situation, and a series' score; small on purpose, the phone view loads it without the model. */
import type { StyleQuizAnswer, StyleQuizSituation } from './model.ts';

/** Whether a style fits a situation. */
export function fits(situation: Pick<StyleQuizSituation, 'fitting'>, style: string | undefined): boolean {
  return style !== undefined && situation.fitting.includes(style);
}

/** A phone's own score over the situations a summary reveal lists: fitting choices out of situations. */
export function scoreOf(situations: readonly Pick<StyleQuizSituation, 'fitting'>[], answer: StyleQuizAnswer | undefined): { right: number; of: number } {
  const right = situations.filter((situation, index) => fits(situation, answer?.[String(index)])).length;
  return { right, of: situations.length };
}

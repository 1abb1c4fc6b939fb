/** A simulated phone's sort: each statement to a pile, leaning the same way on every phone. */
import { leaningOf, weightedIndex, type Random } from '../../shared/seeded-random.ts';
import type { SortAnswer, SortPrompt } from './model.ts';

export function sortSampleAnswer(prompt: SortPrompt, random: Random): SortAnswer {
  const answer: SortAnswer = {};
  for (const statement of prompt.statements) {
    answer[statement.id] = prompt.piles[weightedIndex(random, leaningOf(statement.id + statement.text, prompt.piles.length))];
  }
  return answer;
}

/** A simulated phone's pick: options lean the same way on every phone (seeded by the question). */
import { leaningOf, weightedIndex, type Random } from '../../shared/seeded-random.ts';
import type { ChoiceAnswer, ChoicePrompt } from './model.ts';

export function choiceSampleAnswer(prompt: ChoicePrompt, random: Random): ChoiceAnswer {
  const { options } = prompt;
  const leaning = leaningOf(String(prompt.question), options.length);
  if (prompt.mode !== 'multi') return options[weightedIndex(random, leaning)].id;
  // Several ticks: the favourites more often; at least one.
  const top = Math.max(...leaning);
  const picked = options.filter((_, i) => random() < 0.15 + 0.65 * (leaning[i] / top));
  const ids = (picked.length ? picked : [options[weightedIndex(random, leaning)]]).map((option) => option.id);
  return ids.sort();
}

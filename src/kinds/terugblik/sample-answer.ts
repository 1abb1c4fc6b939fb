/**
 * A simulated member's look-back: most got round to their task and it went so-so to well, some did
 * not; about half tell a story, and about half of those share it.
 */
import { sampleFreeText } from '../../shared/kind/free-text.ts';
import { pick, type Random } from '../../shared/seeded-random.ts';
import type { TerugblikAnswer, TerugblikPrompt } from './model.ts';
import type { Score } from './scores.ts';

/** Steps as a room tends to give them: one in six did not get round to it, most say it went a bit or well. */
const SCORE_WEIGHTS: readonly Score[] = [1, 2, 3, 3, 4, 4, 4, 5, 1, 3, 4, 5];

const STORIES: readonly string[] = [
  'Ik vroeg elke vrijdag hoe de week ging. Hij vertelde meer dan ik dacht.',
  'Het was te druk, ik ben er niet aan toegekomen.',
  'Ik deed de taak eerst voor. Daarna deed hij het zelf, bijna foutloos.',
  'Ik gaf een compliment. Ze glimlachte en vroeg wat ze nog meer goed deed.',
  'Ik vergat het twee keer, de derde keer lukte het wel.',
  'Hij wilde liever niet praten. Ik probeer het volgende week opnieuw.',
  'Ik schreef de stappen op met foto\'s. Nu kijkt ze zelf op het blad.',
];

export function terugblikSampleAnswer(prompt: TerugblikPrompt, random: Random): TerugblikAnswer {
  const score = pick(random, SCORE_WEIGHTS);
  if (random() < 0.5) return { score, share: false };
  return { score, share: random() < 0.5, story: sampleFreeText(pick(random, STORIES), prompt.max) };
}

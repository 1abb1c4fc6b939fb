/** A simulated phone's ticks, and most of the time a rewrite where the drill asks for one. */
import { sampleFreeText } from '../../shared/kind/free-text.ts';
import { leaningOf, pick, type Random } from '../../shared/seeded-random.ts';
import type { FeedbackAnswer, FeedbackPrompt } from './model.ts';
import { REWRITES } from './sample-phrases.ts';

export function feedbackSampleAnswer(prompt: FeedbackPrompt, random: Random): FeedbackAnswer {
  const { criteria } = prompt;
  const leaning = leaningOf(String(prompt.statement), criteria.length);
  const top = Math.max(...leaning);
  const ticks = criteria.filter((_, i) => random() < 0.1 + 0.7 * (leaning[i] / top)).map((criterion) => criterion.id);
  const answer: FeedbackAnswer = { ticks: ticks.sort() };
  // Most who may rewrite do; some only tick.
  if (prompt.rewrite && random() < 0.8) answer.rewrite = sampleFreeText(pick(random, REWRITES), prompt.max);
  return answer;
}

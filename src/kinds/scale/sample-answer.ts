/** A simulated phone's point on the scale: the room has a centre somewhere up the scale, people spread around it. */
import { createRandom, normal, seedOf, type Random } from '../../shared/seeded-random.ts';
import type { ScaleAnswer, ScalePrompt } from './model.ts';

export function scaleSampleAnswer(prompt: ScalePrompt, random: Random): ScaleAnswer {
  const { min, max } = prompt;
  const span = max - min;
  // The room's centre lies somewhere between a third and 85% up the scale.
  const centre = min + span * (0.35 + 0.5 * createRandom(seedOf(String(prompt.question)))());
  const value = Math.round(centre + normal(random) * Math.max(0.8, span / 5));
  return Math.min(max, Math.max(min, value));
}

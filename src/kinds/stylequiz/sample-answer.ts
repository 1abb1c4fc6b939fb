/**
 * A simulated phone's style for the situation on screen. The phone sends its whole series each
 * time, so it keeps what it chose before, as the phone page does.
 */
import { leaningOf, weightedIndex, type Random } from '../../shared/seeded-random.ts';
import type { PhoneView } from '../../shared/kind/kind.ts';
import type { StyleQuizAnswer, StyleQuizPrompt } from './model.ts';

export function styleQuizSampleAnswer(prompt: StyleQuizPrompt, view: PhoneView, random: Random): StyleQuizAnswer | null {
  if (prompt.summary) return null;
  const { styles, situation } = prompt;
  const reached = (view.progress as { reached?: number } | undefined)?.reached ?? 0;
  const style = styles[weightedIndex(random, leaningOf(String(prompt.text), styles.length))];
  const earlier = isRecord(view.previous) ? view.previous : {};
  const record: Record<string, string> = {};
  for (const [key, value] of Object.entries(earlier)) {
    if (Number(key) <= reached && typeof value === 'string' && styles.includes(value)) record[key] = value;
  }
  record[String(situation)] = style;
  return record;
}

/** A quiz asks again at each new situation within one round. */
export function styleQuizAnswerSlot(prompt: StyleQuizPrompt): string {
  return prompt.summary ? 'samenvatting' : `situatie ${Number(prompt.situation) + 1}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

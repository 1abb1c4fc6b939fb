/** A simulated phone in a hall: it asks one question of a believable kind and keeps what it voted for. */
import { pick, type Random } from '../../shared/seeded-random.ts';
import type { PhoneView } from '../../shared/kind/kind.ts';
import type { VragenPrompt } from './model.ts';
import { isVragenAnswer, type VragenAnswer } from './rules.ts';

export const SAMPLE_QUESTIONS: readonly string[] = [
  'Hoe begin ik het gesprek met mijn leidinggevende?',
  'Wat doe je als een medewerker niet om hulp vraagt?',
  'Hoeveel tijd kost het begeleiden per week?',
  'Werkt dit ook bij tijdelijke contracten?',
  'Hoe houd je het vol als het tegenzit?',
  'Wie betaalt de training?',
  'Hoe betrek je collega\'s erbij?',
];

/** Null once this phone asked as many questions as it may. */
export function vragenSampleAnswer(prompt: VragenPrompt, view: PhoneView, random: Random): VragenAnswer | null {
  const limits = { max: prompt.max, perSeat: prompt.perSeat };
  const before: VragenAnswer = isVragenAnswer(view.previous, limits) ? view.previous : { questions: [], votes: [] };
  if (before.questions.length >= prompt.perSeat) return null;
  const id = Math.floor(random() * 36 ** 8).toString(36).padStart(8, '0');
  const text = pick(random, SAMPLE_QUESTIONS).slice(0, prompt.max);
  return { questions: [...before.questions, { id, text }], votes: before.votes };
}

/**
 * A simulated phone's part in a role-play: a vote on the scene, or, during role-card practice,
 * an observer's ticks on the checklist of its own card. Everyone else has nothing to send.
 */
import { leaningOf, weightedIndex, type Random } from '../../shared/seeded-random.ts';
import type { PhoneView } from '../../shared/kind/kind.ts';
import type { RoleplayPrompt } from './model.ts';

export function roleplaySampleAnswer(prompt: RoleplayPrompt, view: PhoneView, random: Random): unknown {
  if (prompt.phase === 'vote') {
    const { scene } = prompt;
    if (!scene.choices.length) return null;
    return scene.choices[weightedIndex(random, leaningOf(scene.id + scene.text, scene.choices.length))].id;
  }
  if (prompt.phase === 'groups') {
    const card = view.own as { role?: string; checklist?: string[] } | undefined;
    if (card?.role !== 'observator') return null;
    return { checklist: (card.checklist ?? []).map((_, i) => i).filter(() => random() < 0.6) };
  }
  return null;
}

/** A role-play asks again at each scene and phase within one round. */
export function roleplayAnswerSlot(prompt: RoleplayPrompt): string {
  const scene = String(prompt.scene?.id);
  return prompt.phase === 'vote' ? `scène ${scene}` : `${String(prompt.phase)}, scène ${scene}`;
}

/**
 * What a simulated phone answers: from only what a real phone sees (the public prompt and
 * progress, its own part from its inbox, its own earlier answer) and a seeded random, a plausible
 * answer the server will accept. Each kind says how (its descriptor's `sampleAnswer`); answers
 * lean the same way on every phone, so the projector shows a believable distribution. Pure.
 */
import type { PhoneView } from '../../shared/kind/kind.ts';
import type { Random } from '../../shared/seeded-random.ts';
import { modelFor } from '../../kinds/registry.ts';

export type { PhoneView };

function kindOf(prompt: unknown) {
  const kind = (prompt as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' ? modelFor(kind) : undefined;
}

/** A plausible valid answer, or null when this phone has nothing to answer now (e.g. not an observer). */
export function sampleAnswer(view: PhoneView, random: Random): unknown {
  return kindOf(view.prompt)?.sampleAnswer(view.prompt, view, random) ?? null;
}

/**
 * Where the phone's answer "slot" is: a style quiz asks again at each new situation, a
 * role-play at each scene and phase, within one round. Together with the round, a new slot
 * means answer again.
 */
export function answerSlot(prompt: unknown): string {
  return kindOf(prompt)?.answerSlot?.(prompt) ?? '';
}

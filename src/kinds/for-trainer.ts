/**
 * What the trainer's results keep of a phone's answer, by kind. Open by default: a kind that says
 * nothing (its `forTrainer`) lets the trainer read the whole answer, as the trust model allows.
 */
import type { BaseDefinition } from '../shared/kind/kind.ts';
import { modelFor } from './registry.ts';

/** The answer as the results (and all that reads them: screens, moderation, export) hold it. */
export function trainerValueOf(definition: BaseDefinition, value: unknown): unknown {
  const forTrainer = modelFor(definition.kind)?.forTrainer;
  return forTrainer ? forTrainer(definition, value) : value;
}

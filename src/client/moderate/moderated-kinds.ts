/** Which exercises the moderation window handles, and where the moderated text sits in their answers: each kind's `moderation` says. */
import type { BaseDefinition } from '../../shared/kind/kind.ts';
import { modelFor } from '../../kinds/registry.ts';

function moderationOf(definition: BaseDefinition | undefined) {
  const moderation = definition ? modelFor(definition.kind)?.moderation : undefined;
  return definition && moderation?.applies(definition) ? moderation : undefined;
}

/** The text to moderate in an answer, or null; undefined when the exercise has nothing to moderate. */
export function moderatedTextReader(definition: BaseDefinition | undefined): ((value: unknown) => string | null) | undefined {
  const moderation = moderationOf(definition);
  return moderation && ((value) => moderation.textOf(definition!, value));
}

/** The question or statement the trainer moderates answers to. */
export function moderatedQuestion(definition: BaseDefinition): string {
  return moderationOf(definition)?.question(definition) ?? definition.id;
}

/** Which exercises the moderation window handles, and where the moderated texts sit in their answers: each kind's `moderation` says. */
import type { BaseDefinition } from '../../shared/kind/kind.ts';
import { hashText } from '../../shared/kind/moderation.ts';
import { modelFor } from '../../kinds/registry.ts';

function moderationOf(definition: BaseDefinition | undefined) {
  const moderation = definition ? modelFor(definition.kind)?.moderation : undefined;
  return definition && moderation?.applies(definition) ? moderation : undefined;
}

/** The (first) text to moderate in an answer, or null; undefined when the exercise has nothing to moderate. */
export function moderatedTextReader(definition: BaseDefinition | undefined): ((value: unknown) => string | null) | undefined {
  const read = moderatedTextsReader(definition);
  return read && ((value) => read(value)[0]?.text ?? null);
}

/** A text to moderate with the hash its approval holds. */
export type ModeratedText = { text: string; hash: string };

/**
 * The texts to moderate in an answer (one for most kinds, several for questions from the hall);
 * undefined when the exercise has nothing to moderate.
 */
export function moderatedTextsReader(definition: BaseDefinition | undefined): ((value: unknown) => ModeratedText[]) | undefined {
  const moderation = moderationOf(definition);
  if (!moderation || !definition) return undefined;
  const { textsOf, textOf } = moderation;
  if (textsOf) return (value) => textsOf(definition, value);
  return (value) => {
    const text = textOf(definition, value);
    return text === null ? [] : [{ text, hash: hashText(text) }];
  };
}

/** Whether an exercise's answers hold several texts each, so a show or hide names the text by its hash. */
export function hasSeveralTexts(definition: BaseDefinition): boolean {
  return moderationOf(definition)?.textsOf !== undefined;
}

/** The question or statement the trainer moderates answers to. */
export function moderatedQuestion(definition: BaseDefinition): string {
  return moderationOf(definition)?.question(definition) ?? definition.id;
}

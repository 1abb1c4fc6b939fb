/** Which exercises the moderation window handles, and where the moderated text sits in their answers. */
import type { BaseDefinition } from '../../shared/kind/kind.ts';
import { feedbackModeratedText, type FeedbackDefinition } from '../../kinds/feedback/model.ts';
import { openModeratedText, type OpenDefinition } from '../../kinds/open/model.ts';

/** The text to moderate in an answer, or null; undefined when the exercise has nothing to moderate. */
export function moderatedTextReader(definition: BaseDefinition | undefined): ((value: unknown) => string | null) | undefined {
  if (definition?.kind === 'open') return (value) => openModeratedText(definition as OpenDefinition, value);
  if (definition?.kind === 'feedback' && (definition as FeedbackDefinition).rewrite) {
    return (value) => feedbackModeratedText(definition as FeedbackDefinition, value);
  }
  return undefined;
}

/** The question or statement the trainer moderates answers to. */
export function moderatedQuestion(definition: BaseDefinition): string {
  const { question, statement } = definition as Partial<OpenDefinition & FeedbackDefinition>;
  return question ?? statement ?? definition.id;
}

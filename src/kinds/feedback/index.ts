/** The feedback drill, as the rest of the code sees it. */
import type { KindDescriptor } from '../../shared/kind/kind.ts';
import type { ModerationProgress } from '../../shared/kind/moderation.ts';
import {
  feedbackModel,
  feedbackModeratedText,
  type FeedbackAnswer,
  type FeedbackDefinition,
  type FeedbackPrompt,
  type FeedbackReveal,
  type FeedbackTally,
} from './model.ts';
import { feedbackSampleAnswer } from './sample-answer.ts';
import { feedbackSlideText } from './slide-text.ts';

export const feedback: KindDescriptor<FeedbackDefinition, FeedbackAnswer, FeedbackTally, FeedbackPrompt, FeedbackReveal, ModerationProgress> = {
  ...feedbackModel,
  label: () => 'feedbackdrill',
  slideText: feedbackSlideText,
  sampleAnswer: (prompt, _view, random) => feedbackSampleAnswer(prompt, random),
  moderation: {
    // Only a drill that asks for a rewrite has text to moderate.
    applies: (definition) => definition.rewrite,
    question: (definition) => definition.statement,
    textOf: feedbackModeratedText,
  },
};

/** The leadership-style quiz, as the rest of the code sees it. */
import type { KindDescriptor } from '../../shared/kind/kind.ts';
import {
  styleQuizModel,
  type StyleQuizAnswer,
  type StyleQuizDefinition,
  type StyleQuizProgress,
  type StyleQuizPrompt,
  type StyleQuizReveal,
  type StyleQuizTally,
} from './model.ts';
import { styleQuizAnswerSlot, styleQuizSampleAnswer } from './sample-answer.ts';
import { styleQuizSlideText } from './slide-text.ts';

export const stylequiz: KindDescriptor<StyleQuizDefinition, StyleQuizAnswer, StyleQuizTally, StyleQuizPrompt, StyleQuizReveal, StyleQuizProgress> = {
  ...styleQuizModel,
  label: () => 'stijlquiz',
  slideText: styleQuizSlideText,
  sampleAnswer: styleQuizSampleAnswer,
  answerSlot: styleQuizAnswerSlot,
};

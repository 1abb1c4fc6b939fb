/** The look-back on a transfer task, as the rest of the code sees it. */
import type { KindDescriptor } from '../../shared/kind/kind.ts';
import type { ModerationProgress } from '../../shared/kind/moderation.ts';
import {
  terugblikModel,
  terugblikModeratedText,
  type TerugblikAnswer,
  type TerugblikDefinition,
  type TerugblikPrompt,
  type TerugblikReveal,
  type TerugblikTally,
} from './model.ts';
import { terugblikSampleAnswer } from './sample-answer.ts';
import { terugblikSlideText } from './slide-text.ts';
import { taskReferenceProblems } from './task-references.ts';

export const terugblik: KindDescriptor<TerugblikDefinition, TerugblikAnswer, TerugblikTally, TerugblikPrompt, TerugblikReveal, ModerationProgress> = {
  ...terugblikModel,
  label: () => 'terugblik',
  slideText: terugblikSlideText,
  sampleAnswer: (prompt, _view, random) => terugblikSampleAnswer(prompt, random),
  checkAcrossDecks: taskReferenceProblems,
  moderation: {
    applies: () => true,
    question: (definition) => definition.question,
    textOf: terugblikModeratedText,
  },
};

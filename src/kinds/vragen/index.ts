/** Questions from the hall, as the rest of the code sees them. */
import type { KindDescriptor } from '../../shared/kind/kind.ts';
import {
  vragenModel,
  vragenModeratedTexts,
  type VragenDefinition,
  type VragenPrompt,
  type VragenProgress,
  type VragenTally,
} from './model.ts';
import type { VragenAnswer } from './rules.ts';
import { vragenSampleAnswer } from './sample-answer.ts';
import { vragenSlideText } from './slide-text.ts';

export const vragen: KindDescriptor<VragenDefinition, VragenAnswer, VragenTally, VragenPrompt, { total: number }, VragenProgress> = {
  ...vragenModel,
  label: () => 'vragen uit de zaal',
  slideText: vragenSlideText,
  sampleAnswer: vragenSampleAnswer,
  moderation: {
    applies: (definition) => definition.moderated,
    question: (definition) => definition.question,
    // The window lists every question of a phone (textsOf); a single text is there for code that reads one.
    textOf: (definition, value) => vragenModeratedTexts(definition, value)[0]?.text ?? null,
    textsOf: vragenModeratedTexts,
  },
};

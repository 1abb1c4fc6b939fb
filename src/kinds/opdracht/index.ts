/** The transfer task, as the rest of the code sees it. */
import { sampleFreeText } from '../../shared/kind/free-text.ts';
import type { KindDescriptor } from '../../shared/kind/kind.ts';
import type { ModerationProgress } from '../../shared/kind/moderation.ts';
import { pick } from '../../shared/seeded-random.ts';
import {
  opdrachtModel,
  opdrachtModeratedText,
  type OpdrachtAnswer,
  type OpdrachtDefinition,
  type OpdrachtPrompt,
  type OpdrachtReveal,
  type OpdrachtTally,
} from './model.ts';
import { OPDRACHT_TASKS } from './sample-tasks.ts';
import { opdrachtSlideText } from './slide-text.ts';

export const opdracht: KindDescriptor<OpdrachtDefinition, OpdrachtAnswer, OpdrachtTally, OpdrachtPrompt, OpdrachtReveal, ModerationProgress> = {
  ...opdrachtModel,
  label: () => 'opdracht',
  slideText: opdrachtSlideText,
  // About half the room shares its task, as a trainer may expect.
  sampleAnswer: (prompt, _view, random) => ({ text: sampleFreeText(pick(random, OPDRACHT_TASKS), prompt.max), share: random() < 0.5 }),
  moderation: {
    applies: () => true,
    question: (definition) => definition.question,
    textOf: opdrachtModeratedText,
  },
};

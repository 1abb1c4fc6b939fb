/** The open question and its word cloud, as the rest of the code sees them. */
import { sampleFreeText } from '../../shared/kind/free-text.ts';
import type { KindDescriptor } from '../../shared/kind/kind.ts';
import type { ModerationProgress } from '../../shared/kind/moderation.ts';
import { pick } from '../../shared/seeded-random.ts';
import { openModel, openModeratedText, type OpenAnswer, type OpenDefinition, type OpenPrompt, type OpenReveal, type OpenTally } from './model.ts';
import { OPEN_ANSWERS } from './sample-phrases.ts';
import { openSlideText } from './slide-text.ts';

export const open: KindDescriptor<OpenDefinition, OpenAnswer, OpenTally, OpenPrompt, OpenReveal, ModerationProgress> = {
  ...openModel,
  label: () => 'open vraag',
  slideText: openSlideText,
  sampleAnswer: (prompt, _view, random) => sampleFreeText(pick(random, OPEN_ANSWERS), prompt.max),
  moderation: {
    applies: () => true,
    question: (definition) => definition.question,
    textOf: openModeratedText,
  },
};

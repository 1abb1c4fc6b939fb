/** The observation sort, as the rest of the code sees it. */
import type { KindDescriptor } from '../../shared/kind/kind.ts';
import { sortModel, type SortAnswer, type SortDefinition, type SortPrompt, type SortReveal, type SortTally } from './model.ts';
import { sortSampleAnswer } from './sample-answer.ts';
import { sortSlideText } from './slide-text.ts';

export const sort: KindDescriptor<SortDefinition, SortAnswer, SortTally, SortPrompt, SortReveal> = {
  ...sortModel,
  label: () => 'sorteeroefening',
  slideText: sortSlideText,
  sampleAnswer: (prompt, _view, random) => sortSampleAnswer(prompt, random),
};

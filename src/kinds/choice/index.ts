/** The knowledge check and the poll, as the rest of the code sees them. */
import type { KindDescriptor } from '../../shared/kind/kind.ts';
import { choiceModel, type ChoiceAnswer, type ChoiceDefinition, type ChoicePrompt, type ChoiceReveal, type ChoiceTally } from './model.ts';
import { choiceSampleAnswer } from './sample-answer.ts';
import { choiceSlideText } from './slide-text.ts';

export const choice: KindDescriptor<ChoiceDefinition, ChoiceAnswer, ChoiceTally, ChoicePrompt, ChoiceReveal> = {
  ...choiceModel,
  label: (definition) => (definition.poll ? 'peiling' : 'kennisvraag'),
  slideText: choiceSlideText,
  sampleAnswer: (prompt, _view, random) => choiceSampleAnswer(prompt, random),
};

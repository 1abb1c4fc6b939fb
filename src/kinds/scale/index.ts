/** The scale, as the rest of the code sees it. */
import type { KindDescriptor } from '../../shared/kind/kind.ts';
import { scaleModel, type ScaleAnswer, type ScaleDefinition, type ScalePrompt, type ScaleReveal, type ScaleTally } from './model.ts';
import { scaleSampleAnswer } from './sample-answer.ts';
import { scaleSlideText } from './slide-text.ts';

export const scale: KindDescriptor<ScaleDefinition, ScaleAnswer, ScaleTally, ScalePrompt, ScaleReveal> = {
  ...scaleModel,
  label: () => 'schaal',
  slideText: scaleSlideText,
  sampleAnswer: (prompt, _view, random) => scaleSampleAnswer(prompt, random),
};

/** A style quiz as text: the question, the styles and the numbered situations. */
import { line, question, type Paragraph } from '../../shared/kind/paragraph.ts';
import type { StyleQuizDefinition } from './model.ts';

export function styleQuizSlideText(quiz: StyleQuizDefinition): Paragraph[] {
  return [
    question('Welke leiderschapsstijl past bij deze situatie?'),
    line(`Stijlen: ${quiz.styles.join(', ')}.`),
    ...quiz.situations.map((situation, i) => line(`Situatie ${i + 1}. ${situation.text}`)),
  ];
}

/** A feedback drill as text: the statement, the question and the lettered criteria. */
import { line, type Paragraph } from '../../shared/kind/paragraph.ts';
import type { FeedbackDefinition } from './model.ts';

export function feedbackSlideText(feedback: FeedbackDefinition): Paragraph[] {
  return [
    { text: feedback.statement, bold: true, italic: true, style: 'question' },
    line('Welke criteria haalt deze uitspraak?'),
    ...feedback.criteria.map((criterion, i) => line(`${String.fromCharCode(65 + i)}. ${criterion.text}`)),
  ];
}

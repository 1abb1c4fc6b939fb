/** A knowledge check or poll as text: the question, how to answer, the options with their letters. */
import { line, question, type Paragraph } from '../../shared/kind/paragraph.ts';
import { letterOf, type ChoiceDefinition } from './model.ts';

export function choiceSlideText(choice: ChoiceDefinition): Paragraph[] {
  const how = choice.mode === 'multi' ? [line('Meerdere antwoorden mogelijk.')] : [];
  return [question(choice.question), ...how, ...choice.options.map((option, i) => line(`${letterOf(choice, i)}. ${option.text}`))];
}

/** An observation sort as text: the question, the piles and the numbered statements. */
import { line, question, type Paragraph } from '../../shared/kind/paragraph.ts';
import type { SortDefinition } from './model.ts';

export function sortSlideText(sort: SortDefinition): Paragraph[] {
  return [question(sort.question), line(`Sorteer op: ${sort.piles.join(' of ')}.`), ...sort.statements.map((s, i) => line(`${i + 1}. ${s.text}`))];
}

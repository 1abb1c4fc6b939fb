/** Questions from the hall as text. */
import { line, question, type Paragraph } from '../../shared/kind/paragraph.ts';
import type { VragenDefinition } from './model.ts';

export function vragenSlideText(vragen: VragenDefinition): Paragraph[] {
  return [question(vragen.question), line('Stel je vraag op je telefoon en stem op de vragen van anderen.')];
}

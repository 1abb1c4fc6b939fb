/** An open question as text. */
import { line, question, type Paragraph } from '../../shared/kind/paragraph.ts';
import type { OpenDefinition } from './model.ts';

export function openSlideText(open: OpenDefinition): Paragraph[] {
  return [question(open.question), line('Typ een kort antwoord.')];
}

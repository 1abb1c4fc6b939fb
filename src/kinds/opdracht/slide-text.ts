/** A transfer task as text. */
import { line, question, type Paragraph } from '../../shared/kind/paragraph.ts';
import type { OpdrachtDefinition } from './model.ts';

export function opdrachtSlideText(opdracht: OpdrachtDefinition): Paragraph[] {
  return [question(opdracht.question), line('Schrijf op je telefoon wat je gaat uitproberen. Je kiest zelf of je het deelt met de trainer.')];
}

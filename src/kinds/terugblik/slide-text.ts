/** A look-back as text. */
import { line, question, type Paragraph } from '../../shared/kind/paragraph.ts';
import type { TerugblikDefinition } from './model.ts';
import { SCORE_LABELS } from './scores.ts';

export function terugblikSlideText(terugblik: TerugblikDefinition): Paragraph[] {
  return [
    question(terugblik.question),
    line('Je telefoon laat je eigen opdracht van vorige keer zien. Kies hoe het ging:'),
    ...SCORE_LABELS.map((label, i) => line(`${i + 1}. ${label}`)),
    line('Vertel er kort iets over als je wilt. Je kiest zelf of je het deelt met de trainer.'),
  ];
}

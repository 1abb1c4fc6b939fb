/** A scale as text: the statement and its range with the end labels (or the five Likert labels). */
import { line, question, type Paragraph } from '../../shared/kind/paragraph.ts';
import type { ScaleDefinition } from './model.ts';

export function scaleSlideText(scale: ScaleDefinition): Paragraph[] {
  return [question(scale.question), line(rangeText(scale))];
}

function rangeText(scale: ScaleDefinition): string {
  const isLikert = scale.labels.length === scale.max - scale.min + 1;
  if (isLikert) return `Schaal: ${scale.labels.map((label) => label.text).join(' · ')}.`;
  const end = (value: number) => {
    const label = scale.labels.find((l) => l.value === value)?.text;
    return label ? `${value} (${label})` : String(value);
  };
  return `Schaal van ${end(scale.min)} tot ${end(scale.max)}.`;
}

/** A role-play as text: the situation, the opening scene and its lettered choices. */
import { line, question, type Paragraph } from '../../shared/kind/paragraph.ts';
import type { RoleplayDefinition } from './model.ts';

export function roleplaySlideText(roleplay: RoleplayDefinition): Paragraph[] {
  const start = roleplay.scenes[0];
  return [
    ...(roleplay.situation ? [line(roleplay.situation)] : []),
    question(start.text),
    ...start.choices.map((choice) => line(`${choice.letter.toUpperCase()}. ${choice.text}`)),
  ];
}

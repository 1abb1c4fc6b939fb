/**
 * Debrief prompts per option: in a hall or a training room the trainer reads the tally and needs
 * something to say for whichever option the room chose, so every option of a poll or knowledge
 * check (choice, multi, true/false) should have an `als meer/minder dan N% X …:` prompt in the
 * slide's notes. Pure, for the deck tests.
 */
import { letterOf } from '../../kinds/choice/model.ts';
import { DebriefSyntaxError, parseDebriefLine } from './debrief-prompts.ts';
import type { ParsedDeck } from './parse-deck.ts';

export type OptionsWithoutPrompt = { exercise: string; line: number; letters: string[] };

/**
 * For each choice exercise (knowledge check or poll), the option letters no share prompt names,
 * at the exercise slide's line; exercises where every option has one are left out.
 */
export function optionsWithoutPrompt(deck: ParsedDeck): OptionsWithoutPrompt[] {
  const missing: OptionsWithoutPrompt[] = [];
  for (const slide of deck.stacks.flat()) {
    const exercise = slide.exerciseId ? deck.exercises[slide.exerciseId] : null;
    if (exercise?.kind !== 'choice') continue;
    const named = new Set(promptedMeasures(slide.notes).map((measure) => measure.toUpperCase()));
    const letters = exercise.options.map((_, i) => letterOf(exercise, i)).filter((letter) => !named.has(letter));
    if (letters.length) missing.push({ exercise: exercise.id, line: slide.line, letters });
  }
  return missing;
}

/** The figures the share prompts in these notes name ("als meer dan 40% C kiest:" names C). */
function promptedMeasures(notes: string): string[] {
  return notes.split('\n').flatMap((text, i) => {
    try {
      const rule = parseDebriefLine(text, i + 1);
      return rule?.when?.isShare ? [rule.when.measure] : [];
    } catch (error) {
      // The parser already fails the build on a malformed prompt; here it simply names nothing.
      if (error instanceof DebriefSyntaxError) return [];
      throw error;
    }
  });
}

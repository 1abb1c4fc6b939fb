/**
 * The check a single deck cannot do: every `vergelijk:` names a scale that exists in another
 * (or the same) deck with the same range. Pure; the scale model offers it as its `checkAcrossDecks`.
 */
import type { BaseDefinition, DeckProblem } from '../../shared/kind/kind.ts';
import type { ScaleDefinition } from './model.ts';

export function comparisonProblems(decks: Readonly<Record<string, Readonly<Record<string, BaseDefinition>>>>): DeckProblem[] {
  const problems: DeckProblem[] = [];
  for (const [deckId, exercises] of Object.entries(decks)) {
    for (const definition of Object.values(exercises)) {
      const scale = isScale(definition) ? definition : undefined;
      if (!scale?.compare) continue;
      const { deck, exercise, line } = scale.compare;
      const report = (problem: string) => problems.push({ deck: deckId, line, problem: `scale "${scale.id}": ${problem}` });
      const earlierDeck = Object.hasOwn(decks, deck) ? decks[deck] : undefined;
      const earlier = earlierDeck && Object.hasOwn(earlierDeck, exercise) ? earlierDeck[exercise] : undefined;
      if (!earlierDeck) report(`"vergelijk:" names deck "${deck}", which does not exist (decks: ${Object.keys(decks).join(', ')})`);
      else if (!earlier) report(`"vergelijk:" names "${exercise}", which is not an exercise in deck "${deck}"`);
      else if (!isScale(earlier)) report(`"vergelijk:" names "${deck}/${exercise}", which is a ${earlier.kind}, not a scale`);
      else if (!isSameScale(scale, earlier)) {
        report(`"vergelijk:" names "${deck}/${exercise}", which has another scale (${rangeOf(earlier)} instead of ${rangeOf(scale)})`);
      }
    }
  }
  return problems;
}

function isScale(definition: BaseDefinition): definition is ScaleDefinition {
  return definition.kind === 'scale';
}

function isLikert(scale: ScaleDefinition): boolean {
  return scale.labels.length === scale.max - scale.min + 1;
}

function isSameScale(a: ScaleDefinition, b: ScaleDefinition): boolean {
  return a.min === b.min && a.max === b.max && isLikert(a) === isLikert(b);
}

function rangeOf(scale: ScaleDefinition): string {
  return isLikert(scale) ? 'likert' : `${scale.min}-${scale.max}`;
}

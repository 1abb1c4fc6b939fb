/**
 * The check a single deck cannot do: every look-back's `opdracht:` names a transfer task
 * (`::: opdracht`) that exists in another deck. Pure; the look-back offers it as its `checkAcrossDecks`.
 */
import type { BaseDefinition, DeckProblem } from '../../shared/kind/kind.ts';
import type { TerugblikDefinition } from './model.ts';

export function taskReferenceProblems(decks: Readonly<Record<string, Readonly<Record<string, BaseDefinition>>>>): DeckProblem[] {
  const problems: DeckProblem[] = [];
  for (const [deckId, exercises] of Object.entries(decks)) {
    for (const definition of Object.values(exercises)) {
      if (!isTerugblik(definition)) continue;
      const { deck, exercise, line } = definition.task;
      const report = (problem: string) => problems.push({ deck: deckId, line, problem: `terugblik "${definition.id}": ${problem}` });
      const earlierDeck = Object.hasOwn(decks, deck) ? decks[deck] : undefined;
      const task = earlierDeck && Object.hasOwn(earlierDeck, exercise) ? earlierDeck[exercise] : undefined;
      if (!earlierDeck) report(`"opdracht:" names deck "${deck}", which does not exist (decks: ${Object.keys(decks).join(', ')})`);
      else if (!task) report(`"opdracht:" names "${exercise}", which is not an exercise in deck "${deck}"`);
      else if (task.kind !== 'opdracht') report(`"opdracht:" names "${deck}/${exercise}", which is a ${task.kind}, not an opdracht`);
    }
  }
  return problems;
}

function isTerugblik(definition: BaseDefinition): definition is TerugblikDefinition {
  return definition.kind === 'terugblik';
}

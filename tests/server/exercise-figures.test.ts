import { describe, expect, test } from 'vitest';
import { exerciseFigures, exerciseTitle } from '../../server/exercise-figures.ts';
import { modelFor } from '../../src/kinds/registry.ts';
import { fixtureManifest } from '../support/fixture-manifest.ts';

const { decks } = fixtureManifest();
const figuresOf = (deck: string, id: string, values: unknown[]) => {
  const definition = decks[deck].exercises[id];
  return exerciseFigures(modelFor(definition.kind)!, definition, values.map((value, i) => ({ pid: `p${i}`, value })), undefined);
};

describe('exerciseFigures', () => {
  test('counts the right answers of a kind with verdicts, with their share', () => {
    const options = (decks.kennis.exercises.banenafspraak as unknown as { options: { id: string }[] }).options.map((option) => option.id);
    // The third option is the right one.
    expect(figuresOf('kennis', 'banenafspraak', [options[2], options[2], options[2], options[0]])).toBe('4 antwoorden · 3 goed (75%)');
  });

  test('gives a scale its mean with a decimal comma, and one answer in the singular', () => {
    expect(figuresOf('kennis', 'zelfvertrouwen-start', [6])).toBe('1 antwoord · gemiddeld 6,0');
  });

  test('gives a transfer task how many were written and shared, never what they say', () => {
    const line = figuresOf('opdracht', 'transfer', [{ share: false }, { text: 'Ik vraag door', share: true }]);
    expect(line).toBe('2 geschreven · 1 gedeeld');
  });

  test('titles an exercise by what it asked and its kind in the trainer\'s words', () => {
    const definition = decks.opdracht.exercises.transfer;
    expect(exerciseTitle(modelFor('opdracht')!, definition)).toBe('Wat ga je uitproberen vóór de volgende bijeenkomst? (opdracht)');
  });
});

/**
 * The evaluation in the session decks: every session ends with the same two items, word for word,
 * so the groepsverslag can set them side by side; session 5 adds the end-of-training evaluation
 * on the six points the evaluation study scored satisfaction on (S11, thesis p. 221, table 6).
 * An evaluation practises nothing, so it carries no curriculum tags.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ScaleDefinition } from '../../src/kinds/scale/model.ts';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';

const SESSIONS = ['sessie-1', 'sessie-2', 'sessie-3', 'sessie-4', 'sessie-5'];
const decks = new Map(SESSIONS.map((id) => [id, parseDeck(readFileSync(join(import.meta.dirname, '../../decks', `${id}.md`), 'utf8'), `decks/${id}.md`, id)]));
const deckOf = (id: string) => decks.get(id)!;
const evaluationsOf = (id: string) =>
  Object.values(deckOf(id).exercises).filter((exercise): exercise is ScaleDefinition => exercise.kind === 'scale' && (exercise as ScaleDefinition).evaluation === true);
const item = ({ question, min, max, labels }: ScaleDefinition) => ({ question, min, max, labels });

const PAIR = [
  { question: 'Deze bijeenkomst was bruikbaar voor mijn werk.', min: 1, max: 5 },
  { question: 'Hoe tevreden ben je over deze bijeenkomst?', min: 1, max: 5 },
];

describe.each(SESSIONS)('%s', (id) => {
  test('ends with the two evaluation items every session asks, word for word and on the same scale', () => {
    const [first, second] = evaluationsOf(id);
    expect([first, second].map(item)).toMatchObject(PAIR);
    expect(item(first)).toEqual(item(evaluationsOf('sessie-1')[0]));
    expect(item(second)).toEqual(item(evaluationsOf('sessie-1')[1]));
    // The last exercises of the deck: nothing is practised after the evaluation begins.
    const exercises = Object.values(deckOf(id).exercises);
    expect(exercises.slice(exercises.indexOf(first))).toEqual(evaluationsOf(id));
  });

  test('tags no evaluation item as practice', () => {
    expect(evaluationsOf(id).filter((scale) => scale.tags.length > 0).map((scale) => scale.id)).toEqual([]);
  });
});

test('sessions 1 to 4 ask only the two items', () => {
  for (const id of SESSIONS.slice(0, 4)) expect(evaluationsOf(id), id).toHaveLength(2);
});

test('session 5 then evaluates the whole training on the six points of the evaluation study, each 1 to 5', () => {
  const training = evaluationsOf('sessie-5').slice(2);
  expect(training.map((scale) => scale.question)).toEqual([
    'Hoe tevreden ben je over de training in het algemeen?',
    'Hoe tevreden ben je over de vijf bijeenkomsten?',
    'Hoe tevreden ben je over de trainers?',
    'Hoe tevreden ben je over de inhoud van de training?',
    'Hoe tevreden ben je over de werkvormen, zoals rollenspellen en casussen?',
    'Hoe tevreden ben je over de opbouw en de duur van de training?',
  ]);
  const scaleOf = ({ min, max, labels }: ScaleDefinition) => ({ min, max, labels });
  for (const scale of training) expect(scaleOf(scale)).toEqual(scaleOf(evaluationsOf('sessie-5')[1]));
});

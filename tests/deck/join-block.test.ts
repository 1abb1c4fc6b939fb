import { describe, expect, test } from 'vitest';
import { DeckError, parseDeck } from '../../src/shared/deck/parse-deck.ts';
import { thrownBy } from '../support/thrown.ts';

const deckWithJoin = (...lines: string[]) => ['# Proef', '', '## Doe mee', '::: join', ...lines, ':::'].join('\n');

describe('parseDeck: the join block\'s participant cap', () => {
  test('"deelnemers: 2500" sets the cap of the deck\'s rooms, beside "namen: nee"', () => {
    const parsed = parseDeck(deckWithJoin('namen: nee', 'deelnemers: 2500'), 'decks/zaal.md', 'zaal');
    expect(parsed).toMatchObject({ askNames: false, participantCap: 2500 });
  });

  test('a deck without the line leaves the cap to the server\'s default for a training group', () => {
    expect(parseDeck(deckWithJoin(), 'decks/groep.md', 'groep').participantCap).toBeNull();
  });

  test.each(['nul', '0', '-5', '12.5', '100001', ''])('"deelnemers: %s" fails the build at its line', (value) => {
    const error = thrownBy(() => parseDeck(deckWithJoin('namen: ja', `deelnemers: ${value}`), 'decks/zaal.md', 'zaal'), DeckError);
    expect(error.message).toMatch(/^decks\/zaal\.md:6: "deelnemers" must be a whole number from 1 to 100000/);
  });

  test('a second cap in the deck is a mistake: one room, one cap', () => {
    const source = `${deckWithJoin('deelnemers: 30')}\n\n---\n\n## Nog eens\n::: join\ndeelnemers: 40\n:::`;
    expect(thrownBy(() => parseDeck(source, 'decks/zaal.md', 'zaal'), DeckError).message).toMatch(/^decks\/zaal\.md:12: a second join block sets another cap/);
  });
});

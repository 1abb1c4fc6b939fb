import { describe, expect, test } from 'vitest';
import { BlockError } from '../../src/shared/kind/kind.ts';
import { parseDeck, DeckError } from '../../src/shared/deck/parse-deck.ts';
import { readSlideFacts } from '../../src/shared/deck/slide-facts.ts';
import { thrownBy } from '../support/thrown.ts';

const lines = (texts: string[], first = 1) => texts.map((text, i) => ({ text, line: first + i }));

describe('readSlideFacts', () => {
  test('reads the minutes, the "Over:" line and the slide heading', () => {
    const facts = readSlideFacts(lines(['## Jij als mentor', '- punt']), lines(['**Doel:** x', 'Over: Wat een mentor doet.', 'Tijd: 8 min.']));
    expect(facts).toEqual({ minutes: 8, isBuffer: false, about: 'Wat een mentor doet.', heading: 'Jij als mentor' });
  });

  test('"Tijd: —" counts as no minutes; no line at all is null', () => {
    expect(readSlideFacts([], lines(['Tijd: —'])).minutes).toBe(0);
    expect(readSlideFacts([], lines(['Alleen notities.'])).minutes).toBeNull();
    expect(readSlideFacts([], lines(['Tijd: 15 minuten'])).minutes).toBe(15);
  });

  test('"Buffer: N min." gives the slide its minutes and marks them as the session\'s reserve time', () => {
    expect(readSlideFacts([], lines(['Buffer: 10 min.']))).toMatchObject({ minutes: 10, isBuffer: true });
    expect(readSlideFacts([], lines(['Tijd: 10 min.'])).isBuffer).toBe(false);
  });

  test('a buffer has minutes: "Buffer: —" or a buffer beside a "Tijd:" is a mistake at its line', () => {
    expect(thrownBy(() => readSlideFacts([], lines(['Buffer: —'], 7)), BlockError)).toMatchObject({ line: 7, message: expect.stringMatching(/"Buffer: —" is not a duration/) });
    expect(thrownBy(() => readSlideFacts([], lines(['Tijd: 5 min.', 'Buffer: 10 min.'], 3)), BlockError).line).toBe(4);
  });

  test('an unreadable duration or a second "Tijd:" is a mistake at its line', () => {
    const unreadable = thrownBy(() => readSlideFacts([], lines(['Doel', 'Tijd: een kwartier'], 20)), BlockError);
    expect(unreadable.line).toBe(21);
    expect(unreadable.message).toMatch(/not a duration: write minutes, e.g. "Tijd: 10 min."/);
    expect(thrownBy(() => readSlideFacts([], lines(['Tijd: 5 min', 'Tijd: 6 min'], 3)), BlockError).line).toBe(4);
  });
});

describe('parseDeck: the facts the deck index shows', () => {
  const deck = [
    '# Sessie 9 — proef',
    'Note:',
    'Over: Een proefdeck.',
    'Tijd: 5 min.',
    '---',
    '## Doe mee',
    '::: join',
    'namen: nee',
    ':::',
    'Note:',
    'Tijd: 3 min.',
    '---',
    '## Zonder notities',
  ].join('\n');

  test('sums the minutes, takes the "Over:" line, and marks slides without notes', () => {
    const parsed = parseDeck(deck, 'decks/proef.md', 'proef');
    expect(parsed).toMatchObject({ about: 'Een proefdeck.', minutes: 8, askNames: false });
    expect(parsed.stacks.flat().map((slide) => slide.hasNotes)).toEqual([true, true, false]);
    expect(parsed.stacks[1][0].html).toContain('<mw-join-card names="nee"></mw-join-card>');
  });

  test('a join block with another line fails at that line', () => {
    const error = thrownBy(() => parseDeck(deck.replace('namen: nee', 'namen: misschien'), 'decks/proef.md', 'proef'), DeckError);
    expect(error.message).toBe('decks/proef.md:8: a join block knows only the lines "namen: ja|nee" and "deelnemers: N"');
  });

  test('a deck asks for names unless its join block says otherwise', () => {
    expect(parseDeck(deck.replace('namen: nee\n', ''), 'decks/proef.md', 'proef').askNames).toBe(true);
  });
});

/**
 * The rule "a slide holds at most six short lines" (decision 0082): the counting on small
 * Markdown, a deck that breaks the rule, and the real decks held to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';
import { countLines, crowdedSlides, LINE_CHARACTERS, MAX_LINES } from '../../src/shared/deck/slide-lines.ts';

const DECKS = ['sessie-1', 'sessie-2', 'sessie-3', 'sessie-4', 'sessie-5', 'disseminatie'];
const realDeck = (id: string) => parseDeck(readFileSync(join(import.meta.dirname, '../../decks', `${id}.md`), 'utf8'), `decks/${id}.md`, id);
const deckOf = (...slides: string[]) => parseDeck(['# Proef', 'Note:', 'Tijd: 1 min.', ...slides.map((slide) => `---\n${slide}`)].join('\n'), 'decks/proef.md', 'proef');
const words = (length: number) => 'woord '.repeat(Math.ceil(length / 6)).slice(0, length).trim();

/**
 * TEMPORARY (issue 13): titles of slides the figures and charts lanes are rewriting into diagrams
 * and charts, exempt until they merge. Empty: none of those eight slides broke the rule when this
 * test was written (the fullest, sessie-4 "Situationeel leiden: een bruikbaar model", has six).
 * Should one break it in the meantime, list its title here; the integrator empties it after merging.
 */
const PENDING_DIAGRAM_SLIDES: readonly string[] = [];

describe('countLines', () => {
  test('counts each paragraph and list item as a line, and leaves the title out', () => {
    expect(countLines('## Titel\n\nEen zin.\n\n- een\n- twee\n  - drie')).toBe(4);
  });

  test(`counts a line longer than ${LINE_CHARACTERS} characters once for every projector line it fills`, () => {
    expect(countLines(`## Titel\n\n- ${words(LINE_CHARACTERS)}`)).toBe(1);
    expect(countLines(`## Titel\n\n- ${words(LINE_CHARACTERS + 1)}`)).toBe(2);
    expect(countLines(`## Titel\n\n${words(2 * LINE_CHARACTERS + 1)}`)).toBe(3);
  });

  test('leaves out a picture and the source line in <small>, inline or as a block', () => {
    const slide = '## Model\n\n![Vier stijlen in een raster](media/figuren/stijlen.svg)\n\n<small>Naar Hersey en Blanchard [S26]</small>';
    expect(countLines(slide)).toBe(0);
    expect(countLines('## Bronnen\n\n<small>\n\n- [S1] ZonMw\n- [S2] TNO\n\n</small>')).toBe(0);
  });

  test('counts a heading below the title, a table row and a live element such as the return time', () => {
    expect(countLines('## Titel\n\n### Kop\n\n| a | b |\n| - | - |\n| 1 | 2 |')).toBe(3);
    expect(countLines('## Pauze\n\nVijftien minuten.\n\n<mw-return-time minutes="15"></mw-return-time>')).toBe(2);
  });
});

describe('crowdedSlides', () => {
  const seven = `## Te vol\n\n${['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven'].map((w) => `- ${w}`).join('\n')}`;

  test('names a slide of seven lines, at its line, and passes one of six', () => {
    const deck = deckOf(seven, '## Net goed\n\n- een\n- twee\n- drie\n- vier\n- vijf\n- zes');
    expect(crowdedSlides(deck.stacks.flat())).toEqual([{ line: 5, heading: 'Te vol', lines: 7 }]);
  });

  test('counts six lines with a long one among them as seven', () => {
    const deck = deckOf(`## Lang\n\n- ${words(80)}\n- twee\n- drie\n- vier\n- vijf\n- zes`);
    expect(crowdedSlides(deck.stacks.flat())).toEqual([{ line: 5, heading: 'Lang', lines: MAX_LINES + 1 }]);
  });

  test('counts neither an exercise nor the notes, and exempts the Bronnen slide', () => {
    const quiz = '## Vraag\n\nKies er één.\n\n::: choice q\nHoeveel?\n- [ ] een\n- [ ] twee\n- [x] drie\nuitleg: Zo staat het er.\n:::';
    const notes = '## Kort\n\n- een\n\nNote:\n- twee\n- drie\n- vier\n- vijf\n- zes\n- zeven\n- acht';
    const bronnen = `## Bronnen\n\n${Array.from({ length: 12 }, (_, i) => `- [S${i + 1}] Bron`).join('\n')}`;
    expect(crowdedSlides(deckOf(quiz, notes, bronnen).stacks.flat())).toEqual([]);
  });
});

describe.each(DECKS)('the real deck %s', (id) => {
  test(`has no slide over ${MAX_LINES} lines`, () => {
    const crowded = crowdedSlides(realDeck(id).stacks.flat())
      .filter(({ heading }) => !PENDING_DIAGRAM_SLIDES.includes(heading ?? ''))
      .map(({ line, heading, lines }) => `decks/${id}.md:${line}: "${heading}" has ${lines} lines; at most ${MAX_LINES} (move detail to the notes)`);
    expect(crowded).toEqual([]);
  });
});

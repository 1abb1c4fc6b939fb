import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { followDeckOf } from '../../src/shared/deck/follow-slides.ts';
import { followViewAt, plainText, type FollowDeck } from '../../src/shared/deck/follow-view.ts';
import { DeckError, parseDeck } from '../../src/shared/deck/parse-deck.ts';
import { thrownBy } from '../support/thrown.ts';

const FILE = join(import.meta.dirname, '../fixtures/decks/meelezen.md');
const deckFrom = (source: string) => followDeckOf(parseDeck(source, 'deck.md', 'deck'), 'deck.md');
const fixture = deckFrom(readFileSync(FILE, 'utf8'));
/** The words of the slide at h (v 0) after `f`, as a phone would read them. */
const wordsAt = (deck: FollowDeck, h: number, f = -1) => plainText(followViewAt(deck, { h, v: 0, f })?.body ?? []);

describe('the slides as participants follow them', () => {
  test('step 0 shows a slide without its fragments, and each fragment step adds the next one', () => {
    expect(fixture[1][0].fragments).toBe(3);
    expect(wordsAt(fixture, 1)).toBe('Drie stappen Wat je altijd ziet.');
    expect(wordsAt(fixture, 1, 0)).toBe('Drie stappen Wat je altijd ziet. Eerst luisteren');
    expect(wordsAt(fixture, 1, 1)).toBe('Drie stappen Wat je altijd ziet. Eerst luisteren Dan vragen');
    expect(wordsAt(fixture, 1, 2)).toBe('Drie stappen Wat je altijd ziet. Eerst luisteren Dan vragen Tot slot samenvatten');
    const view = followViewAt(fixture, { h: 1, v: 0, f: 2 })!;
    expect(view).toMatchObject({ h: 1, v: 0, step: 3, title: 'Drie stappen', news: 'Tot slot samenvatten' });
    expect(view.body).toContainEqual({ t: 'ul', c: expect.arrayContaining([{ t: 'li', c: ['Tot slot samenvatten '] }]) });
    // A list whose items are all still to come is not there at all.
    expect(followViewAt(fixture, { h: 1, v: 0 })!.body.some((node) => typeof node !== 'string' && node.t === 'ul')).toBe(false);
  });

  test('fragments with a data-fragment-index come in Reveal\'s order, two with the same index together', () => {
    expect(fixture[2][0].fragments).toBe(2);
    expect(wordsAt(fixture, 2)).toBe('Volgorde op nummer Eerst dit, en het andere komt later.');
    expect(wordsAt(fixture, 2, 0)).toBe('Volgorde op nummer Eerst dit, en het andere komt later. Twee tegelijk Ook tegelijk');
    expect(wordsAt(fixture, 2, 1)).toBe('Volgorde op nummer Eerst dit, en het andere komt later. De laatste regel Twee tegelijk Ook tegelijk');
  });

  test('no step of any slide holds a note, an exercise block or a hidden slide', () => {
    const everything = fixture.flatMap((stack, h) => stack.flatMap((slide, v) => Array.from({ length: slide.fragments + 1 }, (_, step) => followViewAt(fixture, { h, v, f: step - 1 }))));
    expect(everything).toHaveLength(fixture.flat().reduce((sum, slide) => sum + slide.fragments + 1, 0));
    const json = JSON.stringify(everything);
    expect(json).not.toMatch(/GEHEIM|Welke stap vind jij|Luisteren|mw-|Over:/);
    // The exercise's slide keeps its heading; the phone shows the exercise itself below it.
    expect(wordsAt(fixture, 4)).toBe('Wat kies jij?');
  });

  test('a picture is its text alternative, and its file is not named', () => {
    const view = followViewAt(fixture, { h: 3, v: 0 })!;
    expect(view.body).toContainEqual({ t: 'p', c: [{ t: 'picture', alt: 'Een landschap met heuvels en een zon' }] });
    expect(JSON.stringify(view)).not.toContain('landschap.png');
  });

  test('a slide Reveal hides is left out, so [h][v] are Reveal\'s indices', () => {
    expect(fixture).toHaveLength(6);
    expect(followViewAt(fixture, { h: 5, v: 0 })?.title).toBe('Tot slot');
  });

  test('a position that names no slide or fragment of the deck yields nothing', () => {
    for (const position of [
      { h: 6, v: 0 }, { h: 1, v: 1 }, { h: 1, v: 0, f: 3 }, { h: 1, v: 0, f: -2 }, { h: 1, v: 0, f: 0.5 }, { h: -1, v: 0 },
      { h: '1', v: 0 }, { h: 1, v: 0, f: '0' }, null, 'h1', undefined, { v: 0 },
    ]) {
      expect(followViewAt(fixture, position), JSON.stringify(position)).toBeNull();
    }
    expect(followViewAt(undefined, { h: 0, v: 0 })).toBeNull();
  });

  test('a fade-out fragment goes when its step comes, a current-visible one shows at its step alone', () => {
    const deck = deckFrom([
      '# Titel', '---', '## Wissel', '',
      'Eerst wel <!-- .element: class="fragment fade-out" -->', '',
      'Even kort <!-- .element: class="fragment current-visible" -->', '',
      'Blijft rood <!-- .element: class="fragment highlight-red" -->', '',
      'Tot slot <!-- .element: class="fragment" -->',
    ].join('\n'));
    expect(deck[1][0].fragments).toBe(4);
    expect(wordsAt(deck, 1)).toBe('Wissel Eerst wel Blijft rood');
    expect(wordsAt(deck, 1, 0)).toBe('Wissel Blijft rood');
    expect(wordsAt(deck, 1, 1)).toBe('Wissel Even kort Blijft rood');
    expect(wordsAt(deck, 1, 3)).toBe('Wissel Blijft rood Tot slot');
  });

  test('what a deck writes as HTML stays text; scripts, frames and live elements are left out', () => {
    const deck = deckFrom([
      '# Titel', '---', '## Tekens', '', 'Schrijf `<script>` nooit zo & zeker niet <b>zo</b>.', '',
      '<script>alert(1)</script>', '<iframe title="x"></iframe>', '<mw-return-time minutes="15"></mw-return-time>',
    ].join('\n'));
    const view = followViewAt(deck, { h: 1, v: 0 })!;
    expect(view.body).toContainEqual({ t: 'p', c: ['Schrijf ', { t: 'code', c: ['<script>'] }, ' nooit zo & zeker niet ', { t: 'strong', c: ['zo'] }, '.'] });
    expect(JSON.stringify(view)).not.toMatch(/alert|iframe|mw-return/);
  });

  test('a folded <details> gives the phone its summary only, as the projector shows it; an open one all of it', () => {
    const deck = deckFrom([
      '# Titel', '---', '## Raad eens', '', '<details><summary>Het antwoord</summary>', '', 'Geheim: het is C.', '', '</details>',
      '---', '## Open', '', '<details open><summary>Uitleg</summary>', '', 'Dit staat al open.', '', '</details>',
    ].join('\n'));
    expect(wordsAt(deck, 1)).toBe('Raad eens Het antwoord');
    expect(JSON.stringify(followViewAt(deck, { h: 1, v: 0 }))).not.toContain('Geheim');
    expect(wordsAt(deck, 2)).toBe('Open Uitleg Dit staat al open.');
  });

  test('a data-fragment-index Reveal cannot count is a mistake at its slide\'s line', () => {
    const error = thrownBy(() => deckFrom(['# Titel', '---', '## Fout', '', 'Tekst <!-- .element: class="fragment" data-fragment-index="twee" -->'].join('\n')), DeckError);
    expect(error.message).toBe('deck.md:3: data-fragment-index="twee": write a whole number, 0 or more');
  });
});

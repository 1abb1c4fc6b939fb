import { describe, expect, test } from 'vitest';
import { DeckError, parseDeck, slidesHtml } from '../../src/shared/deck/parse-deck.ts';
import { thrownBy } from '../support/thrown.ts';

const deck = `# Sessie 1 — Kennismaking
Welkom

Note:
Heet iedereen welkom.

---

## Doe mee
::: join
:::

---

## Vraag
::: choice vraag-een
Wat klopt?
- [ ] Niets
- [x] Dit
uitleg: Omdat het zo is.
:::

Note: Bespreek de spreiding.
--
## Verticaal
Tekst`;

const errorOf = (source: string) => thrownBy(() => parseDeck(source, 'decks/test.md', 'test'), DeckError);

describe('parseDeck', () => {
  test('splits slides at --- and nests -- as vertical slides', () => {
    const parsed = parseDeck(deck, 'decks/test.md', 'test');
    expect(parsed.title).toBe('Sessie 1 — Kennismaking');
    expect(parsed.stacks.map((stack) => stack.length)).toEqual([1, 1, 2]);
  });

  test('turns Note: into Reveal speaker notes', () => {
    const parsed = parseDeck(deck, 'decks/test.md', 'test');
    expect(parsed.stacks[0][0].html).toContain('<aside class="notes"><p>Heet iedereen welkom.</p>');
    expect(parsed.stacks[2][0].html).toContain('<aside class="notes"><p>Bespreek de spreiding.</p>');
  });

  test('replaces blocks by their elements and collects the exercise', () => {
    const parsed = parseDeck(deck, 'decks/test.md', 'test');
    expect(parsed.stacks[1][0].html).toContain('<mw-join-card></mw-join-card>');
    expect(parsed.stacks[2][0].html).toContain('<section data-exercise="vraag-een">');
    expect(parsed.stacks[2][0].html).toContain('<mw-choice-screen exercise-id="vraag-een"></mw-choice-screen>');
    expect(Object.keys(parsed.exercises)).toEqual(['vraag-een']);
    expect(slidesHtml(parsed)).toMatch(/^<section><h1>/);
  });

  test('a --- inside a block stays in the block instead of splitting the slide', () => {
    const error = errorOf('# T\n---\n::: choice q\nVraag\n---\n- [x] a\n- [ ] b\nuitleg: x\n:::');
    expect(error.line).toBe(5);
    expect(error.problem).toMatch(/^choice "q": an option must look like/);
  });

  test('reports an error inside a block with file and line', () => {
    const source = deck.replace('- [x] Dit', '- [x] Dit\n- [x] Dat');
    const error = errorOf(source);
    expect(error.message).toBe('decks/test.md:20: choice "vraag-een": more than one option is marked [x]; mark exactly one, or use "::: multi" for several');
  });

  test('reports an unclosed block at its opening line', () => {
    expect(errorOf('# T\n\n::: choice q\nVraag?\n- [x] a').message).toBe(
      'decks/test.md:3: block is not closed: add a line ":::" after it',
    );
  });

  test('reports unknown kinds, missing and duplicate ids, two exercises on a slide', () => {
    expect(errorOf('# T\n::: poll q\n:::').message).toBe('decks/test.md:2: unknown block kind "poll"');
    expect(errorOf('# T\n::: choice\n:::').message).toMatch(/^decks\/test.md:2: the block needs an id/);
    expect(errorOf('# T\n::: choice Vraag_1\n:::').message).toMatch(/^decks\/test.md:2: id "Vraag_1"/);
    const one = '::: choice q\nV?\n- [x] a\n- [ ] b\nuitleg: u\n:::';
    expect(errorOf(`# T\n${one}\n---\n${one}`).message).toBe('decks/test.md:9: id "q" is used twice in this deck');
    expect(errorOf(`# T\n${one}\n${one.replace('q', 'r')}`).message).toMatch(/^decks\/test.md:8: one exercise per slide/);
  });

  test('requires a title heading', () => {
    expect(errorOf('Geen titel\n---\nNog steeds niet').message).toBe(
      'decks/test.md:1: the deck needs a title: a first heading like "# Sessie 1 — …"',
    );
  });
});

describe('fields every exercise kind shares', () => {
  const withFields = (fields: string) => `# T\n::: choice q\nVraag?\n- [x] a\n- [ ] b\nuitleg: u\n${fields}\n:::`;

  test('tags:, its waarom: and tijd: are read for any kind', () => {
    const parsed = parseDeck(withFields('tags: d3, WB2\nwaarom: Toetst kennis van LVB.\ntijd: 1:30'), 'decks/test.md', 'test');
    expect(parsed.exercises.q).toMatchObject({ tags: ['D3', 'WB2'], reason: 'Toetst kennis van LVB.', seconds: 90 });
    expect(parsed.exercises.q.reason).toBe('Toetst kennis van LVB.');
    expect(parseDeck(withFields('tijd: 45'), 'decks/test.md', 'test').exercises.q.seconds).toBe(45);
  });

  test('tags without a waarom: right under them fail the build at the tags line', () => {
    expect(errorOf(withFields('tags: D3, WB2')).message).toBe(
      'decks/test.md:7: choice "q": "tags: D3, WB2" needs a line "waarom: …" right under it: why this exercise practises those codes',
    );
    expect(errorOf(withFields('tags: D3\ntijd: 45\nwaarom: Kennis.')).message).toMatch(/^decks\/test.md:7: choice "q": "tags: D3" needs a line "waarom: …"/);
    expect(errorOf(withFields('tags: D3\nwaarom:')).message).toMatch(/^decks\/test.md:7: .*needs a line "waarom: …"/);
  });

  test('a waarom: away from tags: is named as misplaced, and an untagged exercise needs none', () => {
    expect(errorOf(withFields('waarom: Kennis.')).message).toBe(
      'decks/test.md:7: choice "q": "waarom:" belongs on the line right under "tags:": one line on why this exercise practises those codes',
    );
    expect(parseDeck(withFields('tijd: 45'), 'decks/test.md', 'test').exercises.q.reason).toBeUndefined();
  });

  test("a style quiz keeps its situations' waarom: and takes the one under tags: as the reason", () => {
    const quiz = '# T\n::: stijlquiz s\nsituatie: Nieuw werk.\nstijl: instrueren\nwaarom: Hij kan het nog niet.\ntags: D4\nwaarom: Kiest per situatie een stijl.\n:::';
    const parsed = parseDeck(quiz, 'decks/test.md', 'test').exercises.s;
    expect(parsed).toMatchObject({ tags: ['D4'], reason: 'Kiest per situatie een stijl.' });
    expect(JSON.stringify(parsed)).toContain('Hij kan het nog niet.');
  });

  test('an unknown tag or an impossible time names its line', () => {
    expect(errorOf(withFields('tags: D9')).message).toBe(
      'decks/test.md:7: choice "q": unknown tag "D9" (use D1, D2, D3, D4, WB1, WB2, WB3, WB4, WB5, WB6)',
    );
    expect(errorOf(withFields('tijd: 2 minuten')).message).toMatch(/^decks\/test.md:7: choice "q": "tijd:" must be seconds/);
    expect(errorOf(withFields('tijd: 2')).message).toMatch(/from 5 s to 1 hour/);
  });
});

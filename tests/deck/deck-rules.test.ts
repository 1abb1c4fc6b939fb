/**
 * Two deck rules a congress hall and a training room rely on: every source a deck cites is on
 * its Bronnen slide, and every option of a poll or knowledge check has a debrief prompt. Each rule is
 * shown failing on a small deck, then held on the real decks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { optionsWithoutPrompt } from '../../src/shared/deck/option-prompts.ts';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';
import { citedKeys, unlistedSources } from '../../src/shared/deck/source-citations.ts';

const DECKS = ['sessie-1', 'sessie-2', 'sessie-3', 'sessie-4', 'sessie-5', 'disseminatie'];
const realDeck = (id: string) => parseDeck(readFileSync(join(import.meta.dirname, '../../decks', `${id}.md`), 'utf8'), `decks/${id}.md`, id);
const deckOf = (...slides: string[]) => parseDeck(['# Proef', 'Note:', 'Tijd: 1 min.', ...slides.map((slide) => `---\n${slide}`)].join('\n'), 'decks/proef.md', 'proef');
const BRONNEN = '## Bronnen\n\n- [S1] ZonMw, projectpagina\n- [S5] SBCM, evaluatie';

describe('citedKeys', () => {
  test('reads each key in a citation, once, and leaves keys outside brackets alone', () => {
    expect(citedKeys('Vijf bijeenkomsten [S5]; groepen van 8-18 [S3; S11 p.203] en weer [S5]. Geen bron: S9, VSO.')).toEqual(['S5', 'S3', 'S11']);
  });
});

describe('unlistedSources', () => {
  test('finds a key cited in the notes that the Bronnen slide does not list, at the citing slide', () => {
    const deck = deckOf('## Feit\n\n- Vijf bijeenkomsten [S5]\n\nNote:\nHet plan van TNO [S30].', BRONNEN);
    expect(unlistedSources(deck)).toEqual([{ key: 'S30', line: 5 }]);
  });

  test('finds a key cited only in an exercise explanation', () => {
    const quiz = '## Vraag\n::: choice q\nHoeveel?\n- [ ] een\n- [x] twee\nuitleg: Zo staat het in de wet. [S15]\n:::';
    expect(unlistedSources(deckOf(quiz, BRONNEN)).map(({ key }) => key)).toEqual(['S15']);
  });

  test('a deck without a Bronnen slide lists nothing, so every citation is unlisted', () => {
    expect(unlistedSources(deckOf('## Feit\n\n- Iets [S1]')).map(({ key }) => key)).toEqual(['S1']);
  });

  test('is content when every cited key is listed', () => {
    expect(unlistedSources(deckOf('## Feit\n\n- Iets [S1; S5]', BRONNEN))).toEqual([]);
  });
});

describe('optionsWithoutPrompt', () => {
  const poll = (notes: string) => deckOf(`## Peiling\n::: peiling p\nWat heeft u nodig?\n- Trainers\n- Budget\n- Draagvlak\n:::\n\nNote:\n${notes}`);

  test('names the options no share prompt names, at the exercise slide', () => {
    expect(optionsWithoutPrompt(poll('- als meer dan 30% A kiest: Train-de-trainer.\n- anders: Ga door.'))).toEqual([
      { exercise: 'p', line: 5, letters: ['B', 'C'] },
    ]);
  });

  test('"anders:" and a figure prompt do not count for an option', () => {
    expect(optionsWithoutPrompt(poll('- anders: Ga door.'))[0].letters).toEqual(['A', 'B', 'C']);
  });

  test('a true/false statement needs prompts for J and O', () => {
    const statement = '## Stelling\n::: truefalse t\nLVB zie je niet.\nantwoord: juist\nuitleg: Klopt.\n:::\n\nNote:\n- als meer dan 30% O kiest: Vraag waarom.';
    expect(optionsWithoutPrompt(deckOf(statement))).toEqual([{ exercise: 't', line: 5, letters: ['J'] }]);
  });

  test('a knowledge check needs a prompt per option, the right one too', () => {
    const quiz = deckOf('## Vraag\n::: choice q\nHoeveel?\n- [ ] een\n- [x] twee\nuitleg: Zo.\n:::\n\nNote:\n- als meer dan 30% A kiest: Vraag waarom.\n- als minder dan 50% goed: Leg het uit.');
    expect(optionsWithoutPrompt(quiz)).toEqual([{ exercise: 'q', line: 5, letters: ['B'] }]);
  });

  test('a multi-select counts a prompt on how few ticked an option', () => {
    const multi = deckOf('## Vraag\n::: multi m\nWat helpt?\n- [x] Rust\n- [x] Uitleg\n- [ ] Haast\nuitleg: Zo.\n:::\n\nNote:\n- als minder dan 60% A aanvinkt: a\n- als meer dan 20% C kiest: c');
    expect(optionsWithoutPrompt(multi)).toEqual([{ exercise: 'm', line: 5, letters: ['B'] }]);
  });

  test('is content when every option has a prompt', () => {
    const all = poll('- als meer dan 30% A kiest: a\n- als meer dan 30% B kiest: b\n- als minder dan 10% C kiest: c');
    expect(optionsWithoutPrompt(all)).toEqual([]);
  });

  test('names every knowledge check of a real session deck once its option prompts are gone', () => {
    const text = readFileSync(join(import.meta.dirname, '../../decks/sessie-1.md'), 'utf8');
    const withoutOptionPrompts = text
      .split('\n')
      .filter((line) => !/^- als (meer|minder) dan \d+% [A-FJO] /.test(line))
      .join('\n');
    const knowledgeChecks = Object.values(realDeck('sessie-1').exercises).filter((exercise) => exercise.kind === 'choice' && !exercise.poll);
    const missing = optionsWithoutPrompt(parseDeck(withoutOptionPrompts, 'decks/sessie-1.md', 'sessie-1'));
    expect(knowledgeChecks.length).toBeGreaterThan(0);
    expect(missing.map(({ exercise }) => exercise)).toEqual(knowledgeChecks.map(({ id }) => id));
  });
});

describe.each(DECKS)('the real deck %s', (id) => {
  test('lists every source it cites on its Bronnen slide', () => {
    const unlisted = unlistedSources(realDeck(id)).map(({ key, line }) => `decks/${id}.md:${line}: [${key}] is not on the Bronnen slide`);
    expect(unlisted).toEqual([]);
  });

  // Issue 13: where a statement is our own inference, the deck says so once, on its first slide,
  // rather than on every slide (or nowhere).
  test('says once, in its first slide\'s notes, that what carries no source label is our own', () => {
    const slides = realDeck(id).stacks.flat();
    const saying = slides.filter((slide) => /zonder bronlabel/.test(slide.notes));
    expect(saying.map((slide) => slide.line)).toEqual([slides[0].line]);
  });

  test('has a debrief prompt for every option of every poll and knowledge check', () => {
    const missing = optionsWithoutPrompt(realDeck(id)).map(
      ({ exercise, line, letters }) => `decks/${id}.md:${line}: "${exercise}" needs a prompt "als meer dan N% X kiest: …" in its notes for ${letters.join(', ')}`,
    );
    expect(missing).toEqual([]);
  });
});

test('the congress talk cites TNO\'s dissemination plan R17047 as a source of its own', () => {
  const deck = realDeck('disseminatie');
  const bronnen = deck.stacks.flat().find((slide) => slide.heading === 'Bronnen')!;
  expect(bronnen.parts.map((part) => ('markdown' in part ? part.markdown : '')).join('\n')).toMatch(/^- \[S30\] TNO, .*R17047/m);
});

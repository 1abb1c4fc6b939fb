// The bench's deck and what the build would make of it: a join slide, a question (the answer
// row), a slide with three fragments and notes, the next slide (the follow row), and questions
// from the hall without moderation (the vragen row). Both servers run this deck.
import { parseDeck } from '../build/src/shared/deck/parse-deck.js';
import { followDeckOf } from '../build/src/shared/deck/follow-slides.js';
import { modelFor } from '../build/src/kinds/registry.js';

// A leergang's session decks are `sessie-1` … `sessie-5`; the bench's own deck stands in for the first.
export const DECK = 'sessie-1';
export const EXERCISE = 'vraag';
export const VRAGEN = 'zaal';
/** Where the vragen block sits in the deck, as the trainer's stage sync writes it. */
export const VRAGEN_SLIDE = { h: 4, v: 0, f: -1 };

/** The bench deck seating `seats` phones (a training group's default of 30 would not seat a hall). */
export function benchDeck(seats) {
  const deck = parseDeck(
    [
      '# Bench', '', '::: join', 'namen: nee', `deelnemers: ${seats}`, ':::', '', '---', '',
      `::: choice ${EXERCISE}`, 'Wat doe je eerst?', '- [ ] Uitleggen', '- [x] Voordoen', '- [ ] Laten doen', '- [ ] Afwachten', 'uitleg: Plaatje, praatje, daadje.', ':::',
      '', '---', '',
      '## Plaatje, praatje, daadje', '', 'Zo leer je iemand een taak.', '',
      '- Eerst uitleggen <!-- .element: class="fragment" -->', '- Dan voordoen <!-- .element: class="fragment" -->', '- Tot slot laten doen <!-- .element: class="fragment" -->',
      '', 'Note:', 'Alleen voor de trainer.',
      '', '---', '', '## Nabespreken', '', 'Wat ging goed, wat kan beter?',
      '', '---', '', `::: vragen ${VRAGEN}`, 'Welke vraag heb jij voor de spreker?', 'moderatie: uit', ':::',
    ].join('\n'),
    'sessie-1.md',
    DECK,
  );
  // What the build gives the server to cut at the trainer's step (vite-plugin-decks.ts).
  const follow = followDeckOf(deck, 'sessie-1.md');
  return {
    deck,
    follow,
    manifest: { decks: { [DECK]: { title: deck.title, askNames: deck.askNames, participantCap: deck.participantCap, exercises: deck.exercises, follow } } },
    choice: deck.exercises[EXERCISE],
    vragen: deck.exercises[VRAGEN],
    vragenModel: modelFor('vragen'),
  };
}

/**
 * Cheap guards for the Dutch of the five session decks (decks/sessie-*.md): the slips a careful
 * editor fixed once stay fixed. Each rule names the file and line of a slip.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';

const DECKS_DIR = join(import.meta.dirname, '../../decks');
const SESSIONS = ['sessie-1', 'sessie-2', 'sessie-3', 'sessie-4', 'sessie-5'];
const sourceOf = (id: string) => readFileSync(join(DECKS_DIR, `${id}.md`), 'utf8');
// Block openers (`::: kind id`) are left out: an exercise's id is a storage key, not wording.
const linesOf = (id: string) =>
  sourceOf(id)
    .split('\n')
    .map((text, i) => ({ text, where: `decks/${id}.md:${i + 1}` }))
    .filter(({ text }) => !text.startsWith(':::'));

/** One term per concept, Dutch for English, and words that mean something else. */
const AVOID: [RegExp, string][] = [
  [/\bbeamer\b/i, 'projector (one word for the device)'],
  [/\bbijnam(en)?\b/i, 'naam/namen, as the join card and its button "Namen verbergen" say'],
  [/check-in/i, 'startronde, startvraag or terugblik'],
  [/\bdrills?\b/i, 'oefening'],
  [/eye-?opener/i, 'say what participants took from it, with its source'],
  [/ondervraging/i, 'te weinig uitdaging (an ondervraging is an interrogation)'],
  [/\btarget\b/i, 'norm'],
  [/\boud-deelnemers\b/i, 'deelnemers van een eerdere groep'],
  [/\bADHD\b/, 'AD(H)D, as the knowledge slides write it'],
];

describe.each(SESSIONS)('%s', (id) => {
  test('says once, in the title slide\'s notes, that the plan is our proposal and the Handboek goes first', () => {
    const title = parseDeck(sourceOf(id), `decks/${id}.md`, id).stacks[0][0];
    expect(sourceOf(id).match(/ons voorstel/gi)).toHaveLength(1);
    expect(title.notes).toMatch(/ons voorstel[^\n]*volg dan het Handboek\./);
  });

  test('introduces no one by a diagnosis in parentheses ("Daan (autisme)"): the person comes first', () => {
    const labelled = linesOf(id).filter(({ text }) => /\b[A-Z][a-z]+ \((?:\d+, )?(?:autisme|LVB|NAH|AD\(H\)D|ADHD|psychisch)/.test(text));
    expect(labelled.map(({ where }) => where)).toEqual([]);
  });

  test('calls no one "een autist" except as the label an exercise shows to be one', () => {
    const labels = linesOf(id).filter(({ text }) => /\bautist(en)?\b/i.test(text) && !/"autist"|- \[ \] Daan is een autist/.test(text));
    expect(labels.map(({ where }) => where)).toEqual([]);
  });

  test.each(AVOID)('does not write %s (write: %s)', (word) => {
    expect(linesOf(id).filter(({ text }) => word.test(text)).map(({ where, text }) => `${where}: ${text.slice(0, 80)}`)).toEqual([]);
  });
});

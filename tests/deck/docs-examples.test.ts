import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';

/** Every Markdown example in docs/authoring.md that holds a block, as a trainer would paste it. */
const readme = readFileSync(join(import.meta.dirname, '../../docs/authoring.md'), 'utf8');
const examples = [...readme.matchAll(/```markdown\n([\s\S]*?)```/g)].map((match) => match[1]).filter((text) => /^::: \w/m.test(text));

describe('the block examples in docs/authoring.md', () => {
  test('are there for every kind a deck can use', () => {
    const keywords = new Set(examples.flatMap((text) => [...text.matchAll(/^::: ([a-z]+)/gm)].map((match) => match[1])));
    expect([...keywords].sort()).toEqual(['choice', 'feedback', 'join', 'opdracht', 'open', 'peiling', 'rollenspel', 'scale', 'sorteer', 'stijlquiz', 'terugblik', 'truefalse', 'vragen']);
  });

  test.each(examples.map((text) => [text.split('\n').find((line) => line.startsWith(':::'))!, text]))('%s parses as written', (_name, text) => {
    const deck = parseDeck(`# Voorbeeld\n\n---\n\n${text}`, 'docs/authoring.md', 'voorbeeld');
    expect(Object.keys(deck.exercises).length + (text.includes('::: join') ? 1 : 0)).toBeGreaterThan(0);
  });
});

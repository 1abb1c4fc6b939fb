import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';

/** Every Markdown example in docs/authoring-reveal.md, as a trainer would paste it. */
const page = readFileSync(join(import.meta.dirname, '../../docs/authoring-reveal.md'), 'utf8');
const examples = [...page.matchAll(/```markdown\n([\s\S]*?)```/g)].map((match) => match[1]);

describe('the examples in docs/authoring-reveal.md', () => {
  test('show slides, notes, .slide: and .element: comments, fragments and media', () => {
    const all = examples.join('\n');
    for (const convention of ['\n--\n', 'Notes:', '<!-- .slide:', 'data-background-color', 'data-background-image', '<!-- .element:', 'class="fragment', '](media/', 'src="media/']) {
      expect(all, convention).toContain(convention);
    }
  });

  test.each(examples.map((text) => [text.split('\n').find((line) => line.startsWith('#')) ?? text.split('\n')[0], text]))('%s parses as written', (_name, text) => {
    const asTitle = text.startsWith('# ') ? text : `# Voorbeeld\n\n---\n\n${text}`;
    expect(() => parseDeck(asTitle, 'docs/authoring-reveal.md', 'voorbeeld')).not.toThrow();
  });
});

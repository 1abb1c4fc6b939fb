/**
 * A kind is one folder with one descriptor: this walks the registry and fails when a kind lacks
 * something the rest of the code needs, or when a kind folder is not in the registry.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allModels } from '../../src/kinds/registry.ts';

const kindsDir = join(import.meta.dirname, '../../src/kinds');
const REQUIRED = ['parse', 'isValidAnswer', 'tally', 'toPrompt', 'toReveal', 'verdict', 'label', 'slideText', 'sampleAnswer'] as const;

describe('the kind registry', () => {
  it.each(allModels().map((kind) => [kind.kind, kind] as const))('%s has every facet, its folder and its two views', (name, kind) => {
    const missing = REQUIRED.filter((facet) => typeof kind[facet] !== 'function');
    expect(missing).toEqual([]);
    expect(kind.keywords.length).toBeGreaterThan(0);
    if (kind.moderation) expect(Object.values(kind.moderation).every((facet) => typeof facet === 'function')).toBe(true);
    const folder = join(kindsDir, name);
    const files = ['index.ts', `views/mw-${name}-screen.ts`, `views/mw-${name}-phone.ts`].filter((file) => !existsSync(join(folder, file)));
    expect(files).toEqual([]);
  });

  it('lists every kind folder, and no keyword twice', () => {
    const folders = readdirSync(kindsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'views')
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual(allModels().map((kind) => kind.kind).sort());
    const keywords = allModels().flatMap((kind) => kind.keywords);
    expect(new Set(keywords).size).toBe(keywords.length);
  });
});

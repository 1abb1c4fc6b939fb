/**
 * Pictures and other media beside the decks (`decks/media/`) go through Vite like any asset: the
 * build copies them under a hashed name and the deck's slides load them from there.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../support/test-server.ts';

const root = join(import.meta.dirname, '../..');

/** An SVG below Vite's inline limit (4 kB): only the decks' own rule keeps it a file of its own. */
const picture = (colour: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180"><rect width="320" height="180" fill="${colour}"/></svg>`;

function decksWith(deck: string, files: Record<string, string>): string {
  const dir = tempDir('mw-decks-');
  writeFileSync(join(dir, 'les.md'), deck);
  mkdirSync(join(dir, 'media'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, 'media', name), content);
  return dir;
}

function build(decksDir: string) {
  const outDir = tempDir('mw-out-');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, DECKS_DIR: decksDir },
    encoding: 'utf8',
  });
  return { ...result, output: `${result.stdout}${result.stderr}`, outDir };
}

const DECK = `# Les

---

## Een boom

![Een boom](media/boom.svg)

---

<!-- .slide: data-background-image="media/lucht.svg" -->
## Lucht
`;

describe('vite build of media beside the decks', () => {
  test('copies each picture under a hashed name, and the deck\'s slides load it from there', () => {
    const boom = picture('#2e7d32');
    const { status, output, outDir } = build(decksWith(DECK, { 'boom.svg': boom, 'lucht.svg': picture('#81d4fa') }));
    expect(status, output).toBe(0);
    const assets = readdirSync(join(outDir, 'assets'));
    const boomFile = assets.find((name) => /^boom-[\w-]{8}\.svg$/.test(name));
    expect(boomFile, assets.join(', ')).toBeDefined();
    expect(readFileSync(join(outDir, 'assets', boomFile!), 'utf8')).toBe(boom);
    const deckChunk = readFileSync(join(outDir, 'assets', assets.find((name) => /^les-.*\.js$/.test(name))!), 'utf8');
    expect(deckChunk).toContain(`/assets/${boomFile}`);
    expect(deckChunk).toMatch(/data-background-image=\\?"\/assets\/lucht-[\w-]{8}\.svg/);
    expect(deckChunk).not.toContain('media/boom.svg');
  });

  test('fails on a picture that is not there, naming file:line', () => {
    const { status, output } = build(decksWith(DECK, { 'boom.svg': picture('#2e7d32') }));
    expect(status).not.toBe(0);
    expect(output).toMatch(/les\.md:11: no file "[^"]*media\/lucht\.svg": put it in the decks folder's media\/, or fix the name/);
  });
});

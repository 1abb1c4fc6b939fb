/**
 * The manifest of the fixture decks, built with the same parser as the real build:
 * tests/fixtures/live-deck.md as `testdeck`, and every tests/fixtures/decks/<id>.md as `<id>`
 * (the decks the browser flows use, so server tests can play the same exercises).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { followDeckOf } from '../../src/shared/deck/follow-slides.ts';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';
import type { Manifest } from '../../server/manifest.ts';

export const FIXTURE_DECK = 'testdeck';

const DECKS_DIR = join(import.meta.dirname, '../fixtures/decks');

export function fixtureManifest(): Manifest {
  const files: [string, string][] = [
    [FIXTURE_DECK, join(import.meta.dirname, '../fixtures/live-deck.md')],
    ...readdirSync(DECKS_DIR)
      .filter((name) => name.endsWith('.md'))
      .map((name): [string, string] => [name.slice(0, -3), join(DECKS_DIR, name)]),
  ];
  const manifest: Manifest = { decks: {} };
  for (const [id, file] of files) {
    const deck = parseDeck(readFileSync(file, 'utf8'), file, id);
    manifest.decks[id] = { title: deck.title, about: deck.about, participantCap: deck.participantCap, exercises: deck.exercises, follow: followDeckOf(deck, file) };
  }
  return manifest;
}

/**
 * A dist directory holding only manifest.json, for a server started as a separate process; its
 * (empty) Vite manifest says that no page is public, as there are none.
 */
export function fixtureDistDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mw-dist-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(fixtureManifest()));
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, '.vite/manifest.json'), '{}');
  return dir;
}

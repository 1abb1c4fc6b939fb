/** The manifest of tests/fixtures/live-deck.md, built with the same parser as the real build. */
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDeck } from '../../src/deck/parse-deck.ts';
import type { Manifest } from '../../server/manifest.ts';

export const FIXTURE_DECK = 'testdeck';

export function fixtureManifest(): Manifest {
  const file = join(import.meta.dirname, '../fixtures/live-deck.md');
  const deck = parseDeck(readFileSync(file, 'utf8'), file, FIXTURE_DECK);
  return { decks: { [FIXTURE_DECK]: { title: deck.title, exercises: deck.exercises } } };
}

/** A dist directory holding only manifest.json, for a server started as a separate process. */
export function fixtureDistDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mw-dist-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(fixtureManifest()));
  return dir;
}

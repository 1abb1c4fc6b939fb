/** The exercise definitions of every deck and its slides for participants, as the build wrote them to dist/manifest.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FollowDeck } from '../src/shared/deck/follow-view.ts';
import type { BaseDefinition } from '../src/shared/kind/kind.ts';

export type Manifest = {
  /**
   * `askNames: false` when the deck's join block says `namen: nee` (absent in older builds: ask);
   * `participantCap` when it says `deelnemers: N` (absent or null: the server's default);
   * `about`: its `Over:` line, what a session covered (absent in older builds);
   * `follow`: each slide as participants may follow it (absent in older builds: phones then get no slide).
   */
  decks: Record<string, { title: string; about?: string | null; askNames?: boolean; participantCap?: number | null; exercises: Record<string, BaseDefinition>; follow?: FollowDeck }>;
};

export function loadManifest(distDir: string): Manifest {
  const file = join(distDir, 'manifest.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch (error) {
    throw new Error(`cannot read ${file}: run "npm run build" first (${(error as Error).message})`);
  }
}

/**
 * What a phone, or anyone without the trainer credential, may fetch: the join page and the files
 * its module graph loads, read from Vite's build manifest. Everything else in the build (decks
 * with their right answers and role cards, notes, the exercise manifest) is the trainer's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
};

/**
 * What the join page loads later, and only that: a kind's phone view
 * (`src/kinds/<kind>/views/mw-<kind>-phone.ts`, when its kind first opens) and the phone page's
 * own parts (`src/client/join/*.ts`, e.g. a leergang's welcome; the manifest names them
 * relative to the pages, `../join/…`).
 */
const LOADED_LATER = /(^|\/)kinds\/[^/]+\/views\/mw-[^/]+-phone\.ts$|(^|\/)join\/[^/]+\.ts$/;

/** Whether a dynamic import of the join page (a manifest key) is one of its own later parts, public like the page. */
export const isJoinPagePart = (key: string) => LOADED_LATER.test(key);

/** The URL paths of an entry page and its static imports, CSS and assets, and the phone views it loads later. */
export function assetsOfEntry(manifest: Record<string, ManifestChunk>, entry: string, isLaterPart: (key: string) => boolean = isJoinPagePart): Set<string> {
  const paths = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || paths.has(`/${chunk.file}`)) return;
    paths.add(`/${chunk.file}`);
    for (const file of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) paths.add(`/${file}`);
    for (const imported of chunk.imports ?? []) visit(imported);
    // Of the dynamic imports only the page's own later parts: another one may be a deck.
    for (const imported of chunk.dynamicImports ?? []) if (isLaterPart(imported)) visit(imported);
  };
  visit(entry);
  return paths;
}

/** The public paths of a build: the join page (`/join`, `/join.html`), its files, the icon, and what phones are told about their data. */
export function publicPathsOfBuild(distDir: string): Set<string> {
  let manifest: Record<string, ManifestChunk>;
  try {
    manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  } catch (error) {
    throw new Error(`cannot read ${join(distDir, '.vite/manifest.json')}: run "npm run build" first (${(error as Error).message})`);
  }
  return new Set(['/join', '/join.html', '/favicon.svg', '/privacy.html', ...assetsOfEntry(manifest, 'join.html')]);
}

/** What a remote (decision 0086) may fetch besides the public files: the remote page (`/remote`) and its module graph. */
export function remotePathsOfBuild(distDir: string): Set<string> {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  return new Set(['/remote', '/remote.html', ...assetsOfEntry(manifest, 'remote.html', (key) => /(^|\/)remote\/[^/]+\.ts$/.test(key))]);
}

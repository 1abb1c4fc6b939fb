/**
 * Vite plugin (runs in Node at build time and under `npm run dev`): reads `decks/*.md`, checks
 * every block, and offers the results to the browser code as virtual modules. It also writes
 * `manifest.json`, the exercise definitions the server validates answers against and each slide
 * as participants may follow it (under `npm run dev` the server asks `api.manifest()` instead). A saved deck or media file reloads the pages.
 *   virtual:decks          → the list of decks (id, title, about, minutes) with a loader per
 *                            deck, and the curriculum coverage of the session decks
 *   virtual:deck/<id>      → one deck: slide HTML and its exercise definitions; each picture or
 *                            video it shows from beside the decks (decks/media/) is imported, so
 *                            Vite copies it under a hashed name and the HTML holds that URL
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { searchForWorkspaceRoot, type Plugin } from 'vite';
import { withCodeFrame } from './deck-error-frame.ts';
import { allModels, modelFor } from '../kinds/registry.ts';
import { BlockError } from '../shared/kind/kind.ts';
import { coverageProblems, curriculumCoverage, type Coverage, type SessionCoverage } from '../shared/deck/curriculum-coverage.ts';
import { followDeckOf } from '../shared/deck/follow-slides.ts';
import type { FollowDeck } from '../shared/deck/follow-view.ts';
import { DeckError, parseDeck, slidesHtml, type ParsedDeck } from '../shared/deck/parse-deck.ts';

const INDEX_ID = 'virtual:decks';
const DECK_PREFIX = 'virtual:deck/';

export type DeckManifest = {
  /** `follow`: each slide as a participant may follow it (follow-slides.ts), for the server to cut at the trainer's step. */
  decks: Record<string, Pick<ParsedDeck, 'title' | 'about' | 'askNames' | 'participantCap' | 'exercises'> & { follow: FollowDeck }>;
};

/** What the plugin offers the dev server (`plugin.api`): the manifest of the decks as they are now; throws on a deck mistake. */
export type DecksApi = { manifest(): DeckManifest };

/**
 * The session decks together leave a goal or working component under-practised: a mistake in
 * the decks, not in one line. scripts/build.mjs prints it, like a DeckError, as its message alone.
 */
export class CoverageError extends Error {
  override name = 'CoverageError';
}

export function decksPlugin({ decksDir }: { decksDir: string }): Plugin {
  const deckIds = () =>
    readdirSync(decksDir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -3))
      .sort();
  const fileOf = (id: string) => join(decksDir, `${id}.md`);
  /** Parses a deck; `onMedia` gets each media file it shows (checked to exist) and returns its URL. */
  const parse = (id: string, onMedia: (file: string) => string = (file) => file) => {
    const file = fileOf(id);
    const mediaUrl = (path: string, line: number) => {
      const mediaFile = join(decksDir, path);
      if (!isFile(mediaFile)) {
        throw new BlockError(line, `no file "${relative(process.cwd(), mediaFile)}": put it in the decks folder's media/, or fix the name`);
      }
      return onMedia(mediaFile);
    };
    return parseDeck(readFileSync(file, 'utf8'), relative(process.cwd(), file), id, { mediaUrl });
  };
  // Stands for a media file's URL in the slide HTML until the module's code imports it; the random
  // part keeps a deck's own text from ever looking like one.
  const mediaMark = `__mw_media_${randomBytes(4).toString('hex')}_`;
  /** Every deck, after the checks the kinds make across decks (a scale comparing with one in another deck). */
  const parseAll = () => {
    const parsed = new Map(deckIds().map((deckId) => [deckId, parse(deckId)] as const));
    const exercisesByDeck = Object.fromEntries([...parsed].map(([deckId, deck]) => [deckId, deck.exercises]));
    const [problem] = allModels().flatMap((model) => model.checkAcrossDecks?.(exercisesByDeck) ?? []);
    if (problem) throw new DeckError(relative(process.cwd(), fileOf(problem.deck)), problem.line, problem.problem);
    const coverage = curriculumCoverage([...parsed.values()].map(coverageOf));
    const gaps = coverageProblems(coverage);
    if (gaps.length) throw new CoverageError(`curriculum coverage (${decksDir}): ${gaps.join('; ')}`);
    return { parsed, coverage };
  };
  /** Kept until a deck changes; under `npm run dev` the server reads it per request. */
  let manifest: DeckManifest | null = null;
  let isServing = false;

  const plugin: Plugin & { api: DecksApi } = {
    name: 'mentorwijs-decks',
    api: { manifest: () => (manifest ??= manifestOf(parseAll().parsed, (deckId) => relative(process.cwd(), fileOf(deckId)))) },
    config(_, { command }) {
      isServing = command === 'serve';
      return {
        // Deck media stay files of their own, never inlined as data: URLs: the page's policy loads
        // video and sound only from the server, and the deck's chunk stays small.
        build: { assetsInlineLimit: (file: string) => (isInside(decksDir, file) ? false : undefined) },
        // The dev server serves deck media from the decks folder, which may lie outside the project.
        server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), decksDir] } },
      };
    },
    configureServer(server) {
      server.watcher.add(decksDir);
    },
    // A deck or media file changed: every deck module is stale and the pages reload. Reveal keeps
    // the slide in the address (#/3/1) and the deck page its room in localStorage.
    hotUpdate({ file }) {
      if (this.environment.name !== 'client' || !isInside(decksDir, resolve(file))) return;
      manifest = null;
      const graph = this.environment.moduleGraph;
      for (const module of graph.idToModuleMap.values()) if (module.id?.startsWith('\0virtual:deck')) graph.invalidateModule(module);
      this.environment.logger.info(`${relative(process.cwd(), file)} saved: the pages reload`, { timestamp: true });
      this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
    resolveId(source) {
      if (source === INDEX_ID || source.startsWith(DECK_PREFIX)) return `\0${source}`;
      return null;
    },
    load(id) {
      try {
        return loadModule(id, (file) => this.addWatchFile(file));
      } catch (error) {
        // Vite's overlay shows a mistake best with the deck's own lines around it.
        throw isServing && error instanceof DeckError ? withCodeFrame(error) : error;
      }
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: JSON.stringify(plugin.api.manifest(), null, 1) });
    },
  };
  return plugin;

  /** The code of a virtual module, or null for other ids; `watch` makes a file a dependency of it. */
  function loadModule(id: string, watch: (file: string) => void): string | null {
    if (id === `\0${INDEX_ID}`) {
      const { parsed, coverage } = parseAll();
      const entries = [...parsed].map(([deckId, { title, about, minutes }]) => {
        watch(fileOf(deckId));
        const facts = JSON.stringify({ id: deckId, title, about, minutes }).slice(0, -1);
        return `${facts}, load: () => import(${JSON.stringify(DECK_PREFIX + deckId)}) }`;
      });
      return `export const decks = [${entries.join(',\n')}];\nexport const coverage = ${JSON.stringify(coverage satisfies Coverage)};`;
    }
    if (!id.startsWith(`\0${DECK_PREFIX}`)) return null;
    const deckId = id.slice(DECK_PREFIX.length + 1);
    if (!deckIds().includes(deckId)) throw new Error(`no deck named "${deckId}" in ${decksDir}`);
    watch(fileOf(deckId));
    const media: string[] = [];
    const deck = parse(deckId, (file) => {
      watch(file);
      if (!media.includes(file)) media.push(file);
      return `${mediaMark}${media.indexOf(file)}__`;
    });
    const module = { id: deck.id, title: deck.title, html: slidesHtml(deck), exercises: deck.exercises };
    const imports = media.map((file, index) => `import media${index} from ${JSON.stringify(`${file}?url`)};\n`).join('');
    const code = JSON.stringify(module).replace(new RegExp(`${mediaMark}(\\d+)__`, 'g'), (_, index: string) => `" + media${index} + "`);
    return `${imports}export default ${code};`;
  }
}

function manifestOf(parsed: Map<string, ParsedDeck>, fileOf: (deckId: string) => string): DeckManifest {
  const manifest: DeckManifest = { decks: {} };
  for (const [deckId, deck] of parsed) {
    const { title, about, askNames, participantCap, exercises } = deck;
    manifest.decks[deckId] = { title, about, askNames, participantCap, exercises, follow: followDeckOf(deck, fileOf(deckId)) };
  }
  return manifest;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isInside(dir: string, file: string): boolean {
  const path = relative(dir, file);
  return !path.startsWith('..') && !path.startsWith('/');
}

/** A deck's exercises as the coverage overview lists them, labelled by their slide's heading. */
function coverageOf(deck: ParsedDeck): SessionCoverage {
  const exercises = deck.stacks.flat().flatMap((slide) => {
    const definition = slide.exerciseId ? deck.exercises[slide.exerciseId] : undefined;
    if (!definition) return [];
    const kind = modelFor(definition.kind)?.label(definition) ?? definition.kind;
    return [{ id: definition.id, kind, label: slide.heading ?? definition.id, tags: definition.tags, ...(definition.reason ? { reason: definition.reason } : {}) }];
  });
  return { deck: deck.id, title: deck.title, exercises };
}

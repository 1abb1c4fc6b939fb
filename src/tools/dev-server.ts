/**
 * `npm run dev`: Vite's dev server inside the live server (middleware mode), so a saved deck
 * reloads the open deck page on the same slide, in the same room, and a deck mistake shows as
 * Vite's overlay with file:line. This builds what the live server is handed in place of the build
 * (server/static-files.ts): how to serve the pages, which paths a phone may fetch, Vite's reload
 * socket, and the decks' manifest as it is now. scripts/dev.mjs wires it to the server.
 */
import { realpathSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import type { Duplex } from 'node:stream';
import { createLogger, createServer, type Logger, type Plugin } from 'vite';
import { isPublicInDev, isRemotePageInDev } from './dev-public-paths.ts';
import type { DeckManifest, DecksApi } from './vite-plugin-decks.ts';

/** Where Vite's client opens its reload socket; the live server hands only the trainer's upgrades there. */
const RELOAD_SOCKET_PATH = '/@vite-reload';
/** The names of the errors the decks plugin throws for a mistake in the decks. */
const DECK_MISTAKES = ['DeckError', 'CoverageError'];

export type DevFiles = {
  serve(request: IncomingMessage, response: ServerResponse, next: () => void): void;
  isPublic(path: string): boolean;
  /** Whether a remote (decision 0086) may fetch this path besides the public ones. */
  isRemotePage(path: string): boolean;
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Read at every use: the last manifest the decks gave without a mistake. */
  manifest: { readonly decks: DeckManifest['decks'] };
  close(): Promise<void>;
};

export async function createDevFiles({ projectRoot }: { projectRoot: string }): Promise<DevFiles> {
  // Never listens: Vite's reload socket hangs off it, and the live server passes it the upgrades.
  const relay = createHttpServer();
  const vite = await createServer({
    configFile: join(projectRoot, 'vite.config.ts'),
    appType: 'mpa',
    // The live server checks the host name, the origin and the trainer credential before Vite sees a request.
    server: { middlewareMode: true, ws: { server: relay, path: RELOAD_SOCKET_PATH }, allowedHosts: true },
    plugins: [scriptsAboveTheRoot()],
    customLogger: withDeckMistakesInOneLine(createLogger()),
  });
  const decks = vite.config.plugins.find((plugin) => plugin.name === 'mentorwijs-decks') as (Plugin & { api: DecksApi }) | undefined;
  if (!decks) throw new Error('vite.config.ts has no mentorwijs-decks plugin');
  let lastGood: DeckManifest = { decks: {} };
  // Vite serves dependencies by their real path: node_modules may be a link.
  const codeDirs = [join(projectRoot, 'src'), join(projectRoot, 'node_modules'), realpathSync(join(projectRoot, 'node_modules')), vite.config.cacheDir];

  return {
    serve: (request, response, next) => vite.middlewares(request, response, next),
    isPublic: (path) => isPublicInDev(path, codeDirs),
    isRemotePage: isRemotePageInDev,
    upgrade(request, socket, head) {
      if (new URL(request.url ?? '/', 'http://localhost').pathname !== RELOAD_SOCKET_PATH) return false;
      relay.emit('upgrade', request, socket, head);
      return true;
    },
    manifest: {
      get decks() {
        try {
          lastGood = decks.api.manifest();
        } catch {
          // A deck with a mistake: the overlay says which; rooms keep the definitions they had.
        }
        return lastGood.decks;
      },
    },
    close: () => vite.close(),
  };
}

/**
 * The pages (src/client/pages/*.html, Vite's root) load their code as `../deck/main.ts`. A
 * browser cannot go above the root, so under the dev server those become `/@fs/` paths; the
 * build resolves them itself.
 */
function scriptsAboveTheRoot(): Plugin {
  return {
    name: 'mentorwijs-pages-dev',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, { filename }) =>
        html.replace(/(<script\b[^>]*\ssrc=")(\.\.\/[^"]+)"/g, (_, lead: string, path: string) => `${lead}/@fs${resolve(dirname(filename), path)}"`),
    },
  };
}

/**
 * A deck mistake in the terminal as its one line `file:line: message`, as `npm run build` prints
 * it, and once per save: the pages ask for several modules that all fail on the same mistake.
 */
function withDeckMistakesInOneLine(logger: Logger): Logger {
  let lastMistake = '';
  return {
    ...logger,
    info(message, options) {
      lastMistake = '';
      logger.info(message, options);
    },
    error(message, options) {
      const error = options?.error as (Error & { name: string }) | null | undefined;
      if (!error || !DECK_MISTAKES.includes(error.name)) return logger.error(message, options);
      if (error.message !== lastMistake) logger.error(error.message, { timestamp: true });
      lastMistake = error.message;
    },
  };
}

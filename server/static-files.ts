/**
 * What the server serves besides its API, and which of it a browser without the trainer
 * credential may fetch: the build under `npm start`; Vite's dev server under `npm run dev`
 * (scripts/dev.mjs passes that in).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import sirv from 'sirv';
import type { RequestFacts } from './http-json.ts';
import { replyTrainerOnly } from './trainer-pages.ts';

export type StaticFiles = {
  serve(request: IncomingMessage, response: ServerResponse, next: () => void): void;
  /** Whether anyone (a phone) may fetch this path; everything else is the trainer's. */
  isPublic(path: string): boolean;
  /** Whether a remote (decision 0086) may fetch this path: its page and the files that page loads. */
  isRemotePage?(path: string): boolean;
  /**
   * Takes a WebSocket upgrade that is not one of the rooms' (Vite's reload socket under `npm run
   * dev`) and says whether it did. Only ever handed the trainer's upgrades.
   */
  upgrade?(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
};

/** The build in `distDir`: hashed assets cached for a year, precompressed copies served by Accept-Encoding. */
export function buildFiles(distDir: string, publicPaths: ReadonlySet<string>, remotePaths: ReadonlySet<string> = new Set()): StaticFiles {
  const serve = sirv(distDir, {
    extensions: ['html'],
    etag: true,
    brotli: true,
    gzip: true,
    setHeaders: (response, pathname) =>
      response.setHeader('cache-control', pathname.startsWith('/assets/') ? 'private, max-age=31536000, immutable' : 'no-cache'),
  });
  return { serve, isPublic: (path) => publicPaths.has(path), isRemotePage: (path) => remotePaths.has(path) };
}

/** Serves `files`: what is public to anyone, the rest only to the trainer; another browser gets the page that says so. */
export function createFileRoute(files: StaticFiles) {
  return function serveFile(request: IncomingMessage, response: ServerResponse, { path, isTrainer, isRemote }: RequestFacts): void {
    const isRemotePage = isRemote === true && files.isRemotePage?.(path) === true;
    if (isTrainer || isRemotePage || files.isPublic(path)) files.serve(request, response, () => notFound(response));
    else replyTrainerOnly(response);
  };
}

function notFound(response: ServerResponse) {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Niet gevonden');
}

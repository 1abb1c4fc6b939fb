/**
 * The build's files: the join page and its files for anyone, everything else (decks, notes, the
 * right answers in them) only for the trainer; another browser gets the page that says so.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import type { RequestFacts } from './http-json.ts';
import { replyTrainerOnly } from './trainer-pages.ts';

export function createStaticFiles({ distDir, publicPaths }: { distDir: string; publicPaths: ReadonlySet<string> }) {
  const serve = sirv(distDir, {
    extensions: ['html'],
    etag: true,
    brotli: true,
    gzip: true,
    setHeaders: (response, pathname) =>
      response.setHeader('cache-control', pathname.startsWith('/assets/') ? 'private, max-age=31536000, immutable' : 'no-cache'),
  });
  return function serveFile(request: IncomingMessage, response: ServerResponse, { path, isTrainer }: RequestFacts): void {
    if (isTrainer || publicPaths.has(path)) serve(request, response, () => notFound(response));
    else replyTrainerOnly(response);
  };
}

function notFound(response: ServerResponse) {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Niet gevonden');
}

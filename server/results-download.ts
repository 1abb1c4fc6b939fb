/**
 * The results route: the trainer's download of a room's results as JSON or CSV,
 * `GET /api/rooms/<code>/results.(json|csv)`; the room secret comes as a bearer token, never in the URL.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RESULTS, type Person, type RecordedAnswer } from '../src/shared/room-schema.ts';
import { sendTrainerOnly, type ErrorReply, type RequestFacts } from './http-json.ts';
import type { Manifest } from './manifest.ts';
import { buildResultsExport, resultsToCsv } from './results-export.ts';
import type { RoomBySecret } from './room-by-secret.ts';

export const RESULTS_ROUTE = /^\/api\/rooms\/([A-Z2-9]{6})\/results\.(json|csv)$/;

export type Download = { type: string; body: string; file: string };

export function createResultsDownload(deps: { roomBySecret: RoomBySecret; manifest: Manifest; now: () => number }) {
  const { roomBySecret, manifest } = deps;
  return async function download(request: IncomingMessage, ip: string, code: string, format: string): Promise<Download> {
    const room = await roomBySecret(request, ip, code);
    const data = buildResultsExport({
      room: code,
      deck: room.record.deck,
      exercises: manifest.decks[room.record.deck]?.exercises ?? {},
      answers: room.results.doc.getMap<RecordedAnswer>(RESULTS.answers).entries(),
      people: room.results.doc.getMap<Person>(RESULTS.people).entries(),
      exportedAt: deps.now(),
    });
    return format === 'csv'
      ? { type: 'text/csv; charset=utf-8', body: resultsToCsv(data), file: `mentorwijs-${code}.csv` }
      : { type: 'application/json; charset=utf-8', body: JSON.stringify(data, null, 1), file: `mentorwijs-${code}.json` };
  };
}

/** Answers a request for the results route (true), or leaves it to the next route (false). */
export function createResultsRoute(deps: { roomBySecret: RoomBySecret; manifest: Manifest; now: () => number; replyWithError: ErrorReply }) {
  const download = createResultsDownload(deps);
  return function handleResults(request: IncomingMessage, response: ServerResponse, { path, ip, isTrainer }: RequestFacts): boolean {
    const route = RESULTS_ROUTE.exec(path);
    if (request.method !== 'GET' || !route) return false;
    if (!isTrainer) {
      sendTrainerOnly(response);
      return true;
    }
    download(request, ip, route[1], route[2])
      .then(({ type, body, file }) => {
        response.writeHead(200, { 'content-type': type, 'content-disposition': `attachment; filename="${file}"`, 'cache-control': 'no-store' });
        response.end(body);
      })
      .catch((error: unknown) => deps.replyWithError(response, error, ip));
    return true;
  };
}

/**
 * The results route: the trainer's download of a room's results as JSON, CSV (for tools) or Excel
 * (for people), `GET /api/rooms/<code>/results.(json|csv|xlsx)`; the room secret comes as a bearer
 * token, never in the URL.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RESULTS, STAGE, type ExerciseState, type Person, type RecordedAnswer } from '../src/shared/room-schema.ts';
import { sendTrainerOnly, type ErrorReply, type RequestFacts } from './http-json.ts';
import type { Manifest } from './manifest.ts';
import { buildResultsExport, resultsTable, type ResultsExport } from './results-export.ts';
import type { RoomBySecret } from './room-by-secret.ts';
import { tableToCsv } from './tables/table-csv.ts';
import { tablesToXlsx } from './tables/table-xlsx.ts';

export const RESULTS_ROUTE = /^\/api\/rooms\/([A-Z2-9]{6})\/results\.(json|csv|xlsx)$/;

export type ResultsFormat = 'json' | 'csv' | 'xlsx';
export type Download = { type: string; body: string | Buffer; file: string };

/** Each format's content type and writer; `title` is the deck's, for the Excel sheet's name. */
const FORMATS: Record<ResultsFormat, { type: string; write: (data: ResultsExport, title: string) => string | Promise<Buffer> }> = {
  json: { type: 'application/json; charset=utf-8', write: (data) => JSON.stringify(data, null, 1) },
  csv: { type: 'text/csv; charset=utf-8', write: (data, title) => tableToCsv(resultsTable(data, title)) },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    // One room is one session, so one sheet.
    write: (data, title) => tablesToXlsx([resultsTable(data, title)]),
  },
};

export function createResultsDownload(deps: { roomBySecret: RoomBySecret; manifest: Manifest; now: () => number }) {
  const { roomBySecret, manifest } = deps;
  return async function download(request: IncomingMessage, ip: string, code: string, format: ResultsFormat): Promise<Download> {
    const room = await roomBySecret(request, ip, code);
    const deck = manifest.decks[room.record.deck];
    const data = buildResultsExport({
      room: code,
      deck: room.record.deck,
      exercises: deck?.exercises ?? {},
      answers: room.results.doc.getMap<RecordedAnswer>(RESULTS.answers).entries(),
      people: room.results.doc.getMap<Person>(RESULTS.people).entries(),
      exportedAt: deps.now(),
      // The approvals and the speaker's marks, for the questions from the hall.
      states: Object.fromEntries(room.stage.doc.getMap<ExerciseState>(STAGE.exercises).entries()),
      moderation: Object.fromEntries(room.stage.doc.getMap<unknown>(STAGE.moderation).entries()),
    });
    const { type, write } = FORMATS[format];
    return { type, body: await write(data, deck?.title || room.record.deck), file: `mentorwijs-${code}.${format}` };
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
    download(request, ip, route[1], route[2] as ResultsFormat)
      .then(({ type, body, file }) => {
        response.writeHead(200, { 'content-type': type, 'content-disposition': `attachment; filename="${file}"`, 'cache-control': 'no-store' });
        response.end(body);
      })
      .catch((error: unknown) => deps.replyWithError(response, error, ip));
    return true;
  };
}

/** The trainer's download of a room's results; the room secret comes as a bearer token, never in the URL. */
import type { IncomingMessage } from 'node:http';
import { RESULTS, type Person, type RecordedAnswer } from '../src/shared/room-schema.ts';
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

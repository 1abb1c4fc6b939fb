/**
 * The HTTP side of the server: static files, the small JSON API (create / resume a room, join
 * one) and the WebSocket upgrade, which authenticates before it completes.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import { parseDocName } from '../src/shared/doc-names.ts';
import { normalizeJoinCode } from '../src/shared/join-code.ts';
import type { Auth } from './auth.ts';
import type { Config } from './config.ts';
import { HttpError, readJson, sendJson, textOf } from './http-json.ts';
import type { Manifest } from './manifest.ts';
import type { FailureLimiter } from './rate-limit.ts';
import type { Rooms } from './rooms.ts';
import { attachSyncConnection } from './sync-connection.ts';
import { writePolicyFor } from './write-policy.ts';
import { buildResultsExport, resultsToCsv } from './results-export.ts';
import { RESULTS, type Person, type RecordedAnswer } from '../src/shared/room-schema.ts';

export type AppDependencies = {
  config: Config;
  manifest: Manifest;
  auth: Auth;
  rooms: Rooms;
  failures: FailureLimiter;
  /** The URL phones open; the deck's QR code encodes it with the room code. */
  joinUrl: () => string;
  now: () => number;
  log: (line: string) => void;
  /** Why the store fails, or null while it works: /health then answers 503. */
  storeProblem?: () => string | null;
};

const SYNC_PREFIX = '/sync/';

export function createApp(deps: AppDependencies) {
  const { config, manifest, auth, rooms, failures } = deps;
  const serveStatic = sirv(config.distDir, { extensions: ['html'], etag: true });
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.limits.maxTrainerMessageBytes });

  const api: Record<string, (request: IncomingMessage, ip: string) => Promise<[number, unknown]>> = {
    'GET /api/info': async () => [
      200,
      { joinUrl: deps.joinUrl(), decks: Object.entries(manifest.decks).map(([id, d]) => ({ id, title: d.title })) },
    ],
    'POST /api/rooms': async (request, ip) => {
      if (failures.isBlocked(ip)) throw new HttpError(429, 'too many attempts, wait a minute');
      const deck = textOf((await readJson(request)).deck);
      if (!Object.hasOwn(manifest.decks, deck)) {
        failures.recordFailure(ip);
        throw new HttpError(404, `no deck "${deck}"`);
      }
      const { code, secret } = await rooms.create(deck);
      deps.log(`room ${code} opened for ${deck}`);
      return [201, { code, secret, deck, viewerToken: auth.viewerToken(code) }];
    },
    'POST /api/rooms/resume': async (request, ip) => {
      if (failures.isBlocked(ip)) throw new HttpError(429, 'too many attempts, wait a minute');
      const body = await readJson(request);
      const code = normalizeJoinCode(textOf(body.code));
      const record = code ? await rooms.find(code) : undefined;
      if (!code || !record || !auth.isTrainerSecret(textOf(body.secret), record.secretHash)) {
        failures.recordFailure(ip);
        throw new HttpError(404, 'no room with this code and secret');
      }
      return [200, { code, secret: textOf(body.secret), deck: record.deck, viewerToken: auth.viewerToken(code) }];
    },
    'POST /api/join': async (request, ip) => {
      // Checked before the code is looked at: a blocked address learns nothing from a guess.
      if (failures.isBlocked(ip)) throw new HttpError(429, 'te veel pogingen, wacht even');
      const code = normalizeJoinCode(textOf((await readJson(request)).code));
      const record = code ? await rooms.find(code) : undefined;
      if (!code || !record) {
        failures.recordFailure(ip);
        throw new HttpError(404, 'onbekende code');
      }
      const pid = randomBytes(12).toString('base64url');
      // A deck for a hall (its join block says "namen: nee") has phones skip the name step.
      const askNames = manifest.decks[record.deck]?.askNames !== false;
      return [200, { code, pid, token: auth.participantToken(code, pid), askNames }];
    },
  };

  /** The trainer downloads a room's results; the secret comes as a bearer token, never in the URL. */
  async function exportResults(request: IncomingMessage, ip: string, code: string, format: string) {
    if (failures.isBlocked(ip)) throw new HttpError(429, 'too many attempts, wait a minute');
    const secret = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const room = await rooms.open(code);
    if (!room || !auth.isTrainerSecret(secret, room.record.secretHash)) {
      failures.recordFailure(ip);
      throw new HttpError(404, 'no room with this code and secret');
    }
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
  }

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const ip = request.socket.remoteAddress ?? '';
    if (path === '/health') return void replyHealth(response, deps.storeProblem?.() ?? null);
    const exportRoute = /^\/api\/rooms\/([A-Z2-9]{6})\/results\.(json|csv)$/.exec(path);
    if (request.method === 'GET' && exportRoute) {
      return void exportResults(request, ip, exportRoute[1], exportRoute[2])
        .then(({ type, body, file }) => {
          response.writeHead(200, { 'content-type': type, 'content-disposition': `attachment; filename="${file}"`, 'cache-control': 'no-store' });
          response.end(body);
        })
        .catch((error: unknown) => replyWithError(response, error));
    }
    const route = api[`${request.method} ${path}`];
    if (!route) return serveStatic(request, response, () => notFound(response));
    route(request, ip)
      .then(([status, body]) => sendJson(response, status, body))
      .catch((error: unknown) => replyWithError(response, error));
  });

  function replyWithError(response: ServerResponse, error: unknown) {
    const status = error instanceof HttpError ? error.status : 500;
    if (status === 500) deps.log(`api error: ${(error as Error).stack}`);
    sendJson(response, status, { error: status === 500 ? 'server error' : (error as Error).message });
  }

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    upgrade(request, socket, head).catch((error: unknown) => {
      deps.log(`upgrade error: ${(error as Error).stack}`);
      refuse(socket, 500, 'Internal Server Error');
    });
  });

  async function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
    const ip = request.socket.remoteAddress ?? '';
    const url = new URL(request.url ?? '/', 'http://localhost');
    const ref = url.pathname.startsWith(SYNC_PREFIX) ? parseDocName(url.pathname.slice(SYNC_PREFIX.length)) : null;
    if (!ref) return refuse(socket, 404, 'Not Found');
    if (failures.isBlocked(ip)) return refuse(socket, 429, 'Too Many Requests');
    const room = await rooms.open(ref.code);
    const params = url.searchParams;
    const credentials = {
      role: params.get('role'),
      secret: params.get('secret') ?? undefined,
      token: params.get('token') ?? undefined,
      pid: params.get('pid') ?? undefined,
    };
    const grant = room ? auth.authorize(ref, credentials, room.record.secretHash) : null;
    if (!room || !grant) {
      failures.recordFailure(ip);
      return refuse(socket, 401, 'Unauthorized');
    }
    const hub = await room.hubFor(ref);
    const limits = config.limits;
    wss.handleUpgrade(request, socket, head, (ws) => {
      const isParticipantDoc = ref.kind === 'participant';
      attachSyncConnection({
        socket: ws,
        hub,
        policy: writePolicyFor(room, ref, grant, hub),
        maxMessageBytes: grant.role === 'trainer' ? limits.maxTrainerMessageBytes : limits.maxClientMessageBytes,
        messageBurst: limits.messageBurst,
        messagesPerSecond: limits.messagesPerSecond,
        now: deps.now,
        onReject: ({ close, detail }) => deps.log(`closed ${grant.role} on ${hub.name} from ${ip}: ${close} (${detail})`),
        onClose: () => {
          if (isParticipantDoc && hub.peers.size === 0) room.setOnline(ref.pid!, false);
        },
      });
      if (isParticipantDoc) room.setOnline(ref.pid!, true);
    });
  }

  return {
    server,
    /** Stops accepting, closes every socket and waits until every change is stored. */
    async close() {
      // Wait for every socket's close handler: they record who went offline, and that must be
      // stored before the store closes.
      await Promise.all(
        [...wss.clients].map((client) => new Promise((resolve) => (client.once('close', resolve), client.terminate()))),
      );
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await rooms.settled();
    },
  };
}

function refuse(socket: Duplex, status: number, text: string) {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function replyHealth(response: ServerResponse, storeProblem: string | null) {
  if (storeProblem === null) return void response.end('ok');
  response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(`cannot store: ${storeProblem}`);
}

function notFound(response: ServerResponse) {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Niet gevonden');
}

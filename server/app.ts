/**
 * The HTTP side of the server: static files, the small JSON API (create / resume a room, join
 * one) and the WebSocket upgrade, which authenticates before it completes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { CLOSE } from '../src/shared/close-codes.ts';
import { parseDocName } from '../src/shared/doc-names.ts';
import { normalizeJoinCode } from '../src/shared/join-code.ts';
import type { Auth } from './auth.ts';
import { DEFAULT_MIN_FREE_DISK_BYTES, type Config } from './config.ts';
import { diskSpaceAdvice, diskSpaceProblem, freeBytes } from './disk-space.ts';
import { HttpError, isAbortedRequest, readJson, sendJson, textOf } from './http-json.ts';
import type { Manifest } from './manifest.ts';
import { admitJoin } from './join-admission.ts';
import { createParticipantRemoval, REMOVE_ROUTE } from './participant-removal.ts';
import { createParticipantSockets } from './participant-sockets.ts';
import { createKeyedLimiter, type FailureLimiter, type KeyedLimiter } from './rate-limit.ts';
import type { RejectionLog } from './rejection-log.ts';
import { isAllowedHost, isJsonRequest, isSameOrigin } from './request-checks.ts';
import { securityHeaders } from './security-headers.ts';
import type { StaticFiles } from './static-files.ts';
import { TRAINER_KEY_PARAM, type TrainerAccess } from './trainer-access.ts';
import { replyTrainerOnly, replyWrongKey } from './trainer-pages.ts';
import type { Rooms } from './rooms.ts';
import { startHeartbeat } from './heartbeat.ts';
import { seatOf, type SeatSuspensions } from './seat-suspension.ts';
import { attachSyncConnection } from './sync-connection.ts';
import { writePolicyFor } from './write-policy.ts';
import { createResultsDownload, RESULTS_ROUTE } from './results-download.ts';
import { createRoomBySecret } from './room-by-secret.ts';

export type AppDependencies = {
  config: Config;
  manifest: Manifest;
  auth: Auth;
  trainer: TrainerAccess;
  rooms: Rooms;
  failures: FailureLimiter;
  /** Successful joins per address. */
  joins: KeyedLimiter;
  /** Refusals are counted there and logged as a summary per period, not line by line. */
  refusals: RejectionLog;
  /** Seats that kept sending refused frames, refused at the upgrade for a while. */
  suspensions: SeatSuspensions;
  /** The URL phones open; the deck's QR code encodes it with the room code. */
  joinUrl: () => string;
  now: () => number;
  log: (line: string) => void;
  /** Why the store fails, or null while it works: /health then answers 503. */
  storeProblem?: () => string | null;
  /** The pages and their files (the build, or Vite's dev server), and which of them anyone may fetch. */
  files: StaticFiles;
  /** Host names this server answers to (DNS rebinding). */
  allowedHosts: ReadonlySet<string>;
  /** CSP hashes of inline scripts our bundles write (Reveal's speaker view). */
  scriptHashes: readonly string[];
};

/** Who may call a route: anyone (a phone), or only a browser or tool with the trainer credential. */
type Access = 'public' | 'trainer';
type Route = { access: Access; handle: (request: IncomingMessage, ip: string) => Promise<[number, unknown]> };

const SYNC_PREFIX = '/sync/';
const TRAINER_ONLY = 'only for the trainer: open the Trainer: link that npm start prints';

export function createApp(deps: AppDependencies) {
  const { config, manifest, auth, trainer, rooms, failures } = deps;
  const sockets = createParticipantSockets();
  const roomBySecret = createRoomBySecret({ rooms, auth, failures });
  const removeParticipant = createParticipantRemoval({ roomBySecret, sockets, log: deps.log });
  const exportResults = createResultsDownload({ roomBySecret, manifest, now: deps.now });
  const headers = securityHeaders(deps.scriptHashes);
  const roomCreations = createKeyedLimiter({ burst: config.limits.roomCreateBurst, perSecond: config.limits.roomCreatesPerSecond, now: deps.now });
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.limits.maxTrainerMessageBytes });
  const heartbeat = startHeartbeat({ intervalMs: config.limits.pingIntervalMs, sockets: () => wss.clients });

  const api: Record<string, Route> = {
    'GET /api/info': { access: 'trainer', handle: async () => [
      200,
      { joinUrl: deps.joinUrl(), decks: Object.entries(manifest.decks).map(([id, d]) => ({ id, title: d.title })) },
    ] },
    'POST /api/rooms': { access: 'trainer', handle: async (request, ip) => {
      const deck = textOf((await readJson(request)).deck);
      if (!Object.hasOwn(manifest.decks, deck)) throw new HttpError(404, `no deck "${deck}"`);
      if (!roomCreations.take(ip)) throw new HttpError(429, 'too many new rooms in a short time, wait a minute');
      const [free, floor] = [await freeBytes(config.dataDir), config.minFreeDiskBytes ?? DEFAULT_MIN_FREE_DISK_BYTES];
      const diskProblem = diskSpaceProblem(free, floor);
      if (diskProblem) {
        deps.log(`room for ${deck} refused: ${diskProblem}`);
        throw new HttpError(507, diskSpaceAdvice(free, floor));
      }
      const { code, secret } = await rooms.create(deck);
      deps.log(`room ${code} opened for ${deck}`);
      return [201, { code, secret, deck, viewerToken: auth.viewerToken(code), joinKey: auth.joinKey(code) }];
    } },
    'POST /api/rooms/resume': { access: 'trainer', handle: async (request, ip) => {
      const body = await readJson(request);
      const code = normalizeJoinCode(textOf(body.code));
      const record = code ? await rooms.find(code) : undefined;
      // The secret first: the right one is never blocked by wrong guesses from the same address.
      if (!code || !record || !auth.isTrainerSecret(textOf(body.secret), record.secretHash)) {
        if (failures.isBlocked(ip)) throw new HttpError(429, 'too many attempts, wait a minute');
        failures.recordFailure(ip);
        throw new HttpError(404, 'no room with this code and secret');
      }
      return [200, { code, secret: textOf(body.secret), deck: record.deck, viewerToken: auth.viewerToken(code), joinKey: auth.joinKey(code) }];
    } },
    'POST /api/join': { access: 'public', handle: async (request, ip) => {
      const body = await readJson(request);
      const code = normalizeJoinCode(textOf(body.code));
      // A join by the room's link or QR carries its key: wrong codes typed by others behind the
      // same address (a hall, a hotspot) never block it, and it is no guess.
      const isByLink = code !== null && auth.isJoinKey(code, textOf(body.joinKey));
      // Checked before the code is looked up: a blocked address learns nothing from a guess.
      if (!isByLink && failures.isBlocked(ip)) throw new HttpError(429, 'te veel pogingen, wacht even');
      const room = code ? await rooms.open(code) : null;
      if (!code || !room) {
        if (!isByLink) failures.recordFailure(ip);
        throw new HttpError(404, 'onbekende code');
      }
      const pid = admitJoin(room, ip, deps.joins);
      // A deck for a hall (its join block says "namen: nee") has phones skip the name step.
      const askNames = manifest.decks[room.record.deck]?.askNames !== false;
      return [200, { code, pid, token: auth.participantToken(code, pid), askNames }];
    } },
  };

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (!isAllowedHost(request, deps.allowedHosts)) return void replyText(response, 421, 'Unknown host name: open this server by its own address.');
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const ip = request.socket.remoteAddress ?? '';
    if (path === '/health') return void replyHealth(response, deps.storeProblem?.() ?? null);
    if (request.method === 'GET' && url.searchParams.has(TRAINER_KEY_PARAM)) return void signIn(response, url, ip);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      // Another page open in a browser here must not be able to make it post (CSRF).
      if (!isSameOrigin(request)) return void sendJson(response, 403, { error: 'request from another site refused' });
      if (!isJsonRequest(request)) return void sendJson(response, 415, { error: 'send JSON (content-type: application/json)' });
    }
    const isTrainer = trainer.isTrainer(request);
    const exportRoute = RESULTS_ROUTE.exec(path);
    if (request.method === 'GET' && exportRoute) {
      if (!isTrainer) return void sendJson(response, 401, { error: TRAINER_ONLY });
      return void exportResults(request, ip, exportRoute[1], exportRoute[2])
        .then(({ type, body, file }) => {
          response.writeHead(200, { 'content-type': type, 'content-disposition': `attachment; filename="${file}"`, 'cache-control': 'no-store' });
          response.end(body);
        })
        .catch((error: unknown) => replyWithError(response, error, ip));
    }
    const removeRoute = REMOVE_ROUTE.exec(path);
    if (request.method === 'POST' && removeRoute) {
      if (!isTrainer) return void sendJson(response, 401, { error: TRAINER_ONLY });
      return void removeParticipant(request, ip, removeRoute[1], removeRoute[2])
        .then(([status, body]) => sendJson(response, status, body))
        .catch((error: unknown) => replyWithError(response, error, ip));
    }
    const route = api[`${request.method} ${path}`];
    if (!route) {
      if (isTrainer || deps.files.isPublic(path)) return deps.files.serve(request, response, () => notFound(response));
      return void replyTrainerOnly(response);
    }
    if (route.access === 'trainer' && !isTrainer) return void sendJson(response, 401, { error: TRAINER_ONLY });
    route
      .handle(request, ip)
      .then(([status, body]) => sendJson(response, status, body))
      .catch((error: unknown) => replyWithError(response, error, ip));
  });

  /** The printed Trainer: URL: a right key gives this browser the cookie and drops the key from the address bar. */
  function signIn(response: ServerResponse, url: URL, ip: string) {
    // The key first: the right one is never blocked by wrong guesses from the same address.
    if (!trainer.isKey(url.searchParams.get(TRAINER_KEY_PARAM) ?? '')) {
      if (failures.isBlocked(ip)) return replyText(response, 429, 'Too many attempts: wait a minute.');
      failures.recordFailure(ip);
      return replyWrongKey(response);
    }
    url.searchParams.delete(TRAINER_KEY_PARAM);
    response.writeHead(303, { location: `${url.pathname}${url.search}`, 'set-cookie': trainer.cookie(), 'cache-control': 'no-store' });
    response.end();
  }

  function replyWithError(response: ServerResponse, error: unknown, ip: string) {
    if (isAbortedRequest(error)) return deps.refusals.record({ reason: 'aborted request', ip });
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
    if (!isAllowedHost(request, deps.allowedHosts)) return refuse(socket, 421, 'Misdirected Request');
    // A page on another site must not open the trainer's sockets with the trainer's cookie.
    if (!isSameOrigin(request)) return refuse(socket, 403, 'Forbidden');
    const url = new URL(request.url ?? '/', 'http://localhost');
    const ref = url.pathname.startsWith(SYNC_PREFIX) ? parseDocName(url.pathname.slice(SYNC_PREFIX.length)) : null;
    if (!ref && deps.files.upgrade) {
      if (!trainer.isTrainer(request)) return refuse(socket, 401, 'Unauthorized');
      if (deps.files.upgrade(request, socket, head)) return;
    }
    if (!ref) return refuse(socket, 404, 'Not Found');
    // Credentials first: a phone reconnecting with valid ones is never blocked by wrong guesses
    // from its address (a hall behind one NAT). Tokens are HMACs, so checking first leaks nothing.
    const room = await rooms.open(ref.code);
    const params = url.searchParams;
    const credentials = {
      role: params.get('role'),
      secret: params.get('secret') ?? undefined,
      token: params.get('token') ?? undefined,
      pid: params.get('pid') ?? undefined,
    };
    // The trainer's windows (deck, moderation, an earlier session's room) need the trainer credential too.
    if (credentials.role !== 'participant' && !trainer.isTrainer(request)) return refuse(socket, 401, 'Unauthorized');
    const grant = room ? auth.authorize(ref, credentials, room.record.secretHash) : null;
    if (!room || !grant) {
      if (failures.isBlocked(ip)) return refuse(socket, 429, 'Too Many Requests');
      failures.recordFailure(ip);
      return refuse(socket, 401, 'Unauthorized');
    }
    const seat = seatOf(ref.code, grant.role, credentials.pid);
    if (deps.suspensions.isSuspended(seat)) return refuse(socket, 429, 'Too Many Requests');
    const hub = await room.hubFor(ref);
    const limits = config.limits;
    wss.handleUpgrade(request, socket, head, (ws) => {
      if (grant.role === 'participant' && !sockets.admit(room, credentials.pid!, ws)) return;
      heartbeat.watch(ws);
      const isParticipantDoc = ref.kind === 'participant';
      attachSyncConnection({
        socket: ws,
        hub,
        policy: writePolicyFor(room, ref, grant, hub),
        maxMessageBytes: grant.role === 'trainer' ? limits.maxTrainerMessageBytes : limits.maxClientMessageBytes,
        messageBurst: limits.messageBurst,
        messagesPerSecond: limits.messagesPerSecond,
        now: deps.now,
        onReject: ({ close, detail }) => {
          deps.refusals.record({ reason: `${CLOSE[close].code} ${close}`, ip, detail });
          deps.suspensions.recordRefusal(seat);
        },
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
      heartbeat.stop();
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

function replyText(response: ServerResponse, status: number, text: string) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
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

/**
 * The server's HTTP side, composed: request checks, sign-in and health, then the results route,
 * the JSON API and the build's files; and the WebSocket upgrade (upgrade.ts), which runs a
 * socket's first steps before it completes (steps.ts).
 */
import { createServer, type ServerResponse } from 'node:http';
import type { Auth } from './auth.ts';
import type { Config } from './config.ts';
import { createErrorReply, replyText, sendJson } from './http-json.ts';
import { createHttpApi } from './http-api.ts';
import type { Manifest } from './manifest.ts';
import type { ParticipantSockets } from './participant-sockets.ts';
import type { Deletion } from './leergang-deletion.ts';
import type { FailureLimiter, KeyedLimiter } from './rate-limit.ts';
import type { RejectionLog } from './rejection-log.ts';
import { isAllowedHost, isJsonRequest, isSameOrigin } from './request-checks.ts';
import { createResultsRoute } from './results-download.ts';
import { createRoomBySecret } from './room-by-secret.ts';
import type { Rooms } from './rooms.ts';
import type { Groups } from './groups.ts';
import type { Invites } from './invites.ts';
import { createRemoteRoutes } from './remote-routes.ts';
import { REMOTE_PARAM, type Remotes } from './remotes.ts';
import type { SeatSuspensions } from './seat-suspension.ts';
import { securityHeaders } from './security-headers.ts';
import { createSignIn } from './sign-in.ts';
import { createFileRoute, type StaticFiles } from './static-files.ts';
import { createSteps } from './steps.ts';
import { INVITE_PARAM, TRAINER_KEY_PARAM, type TrainerAccess } from './trainer-access.ts';
import { createUpgrade } from './upgrade.ts';

export type AppDependencies = {
  config: Config;
  manifest: Manifest;
  auth: Auth;
  trainer: TrainerAccess;
  rooms: Rooms;
  /** The leergangen and their session rooms. */
  groups: Groups;
  /** Co-trainer links. */
  invites: Invites;
  /** The trainer's phones as remotes, one room each (decision 0086). */
  remotes: Remotes;
  /** Each participant's and each room's open sockets (a removal or a deletion closes them). */
  sockets: ParticipantSockets;
  /** Deleting a member or a group with all their data (also the retention sweep's). */
  deletion: Deletion;
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

export function createApp(deps: AppDependencies) {
  const { config, manifest, auth, trainer, rooms, failures, now, log } = deps;
  const { sockets } = deps;
  const roomBySecret = createRoomBySecret({ rooms, auth, failures });
  const replyWithError = createErrorReply({ refusals: deps.refusals, log });
  const headers = securityHeaders(deps.scriptHashes);
  const signIn = createSignIn({ trainer, failures, isActiveInvite: deps.invites.isActive });
  const handleResults = createResultsRoute({ roomBySecret, manifest, now, replyWithError });
  const handleApi = createHttpApi({
    config, manifest, auth, rooms, groups: deps.groups, invites: deps.invites, deletion: deps.deletion, trainer, roomBySecret, sockets, failures, joins: deps.joins, joinUrl: deps.joinUrl, now, log, replyWithError,
  });
  const serveFile = createFileRoute(deps.files);
  const remoteRoutes = createRemoteRoutes({
    remotes: deps.remotes, roomBySecret, failures, origin: () => deps.joinUrl().replace(/\/join$/, ''), replyWithError,
  });
  const steps = createSteps({ rooms, auth, trainer, remotes: deps.remotes, failures, suspensions: deps.suspensions, allowedHosts: deps.allowedHosts });
  const upgrade = createUpgrade({
    steps, limits: config.limits, sockets, remotes: deps.remotes, refusals: deps.refusals, suspensions: deps.suspensions, now, log,
    otherUpgrade: deps.files.upgrade?.bind(deps.files),
  });

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (!isAllowedHost(request, deps.allowedHosts)) return void replyText(response, 421, 'Unknown host name: open this server by its own address.');
    const url = new URL(request.url ?? '/', 'http://localhost');
    const ip = request.socket.remoteAddress ?? '';
    if (url.pathname === '/health') return void replyHealth(response, deps.storeProblem?.() ?? null);
    if (request.method === 'GET' && url.searchParams.has(REMOTE_PARAM)) return void remoteRoutes.signIn(response, url, ip);
    if (request.method === 'GET' && (url.searchParams.has(TRAINER_KEY_PARAM) || url.searchParams.has(INVITE_PARAM))) return void signIn(response, url, ip);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      // Another page open in a browser here must not be able to make it post (CSRF).
      if (!isSameOrigin(request)) return void sendJson(response, 403, { error: 'request from another site refused' });
      if (!isJsonRequest(request)) return void sendJson(response, 415, { error: 'send JSON (content-type: application/json)' });
    }
    const facts = { path: url.pathname, ip, isTrainer: trainer.isTrainer(request), isRemote: deps.remotes.ofRequest(request) !== null };
    if (remoteRoutes.handle(request, response, facts) || handleResults(request, response, facts) || handleApi(request, response, facts)) return;
    serveFile(request, response, facts);
  });
  server.on('upgrade', upgrade.handle);

  return {
    server,
    /** Stops accepting, closes every socket and waits until every change is stored. */
    async close() {
      await upgrade.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await rooms.settled();
    },
  };
}

function replyHealth(response: ServerResponse, storeProblem: string | null) {
  if (storeProblem === null) return void response.end('ok');
  response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(`cannot store: ${storeProblem}`);
}

/**
 * The HTTP side of the trainer's phone as remote (decision 0086): the trainer makes and revokes a
 * room's remotes (trainer credential and the room's secret, like removing a participant); the
 * link signs a phone in as that remote; the remote page asks which room it drives.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REMOTE_ID_PATTERN } from '../src/shared/doc-names.ts';
import { HttpError, sendJson, type ErrorReply, type RequestFacts } from './http-json.ts';
import type { FailureLimiter } from './rate-limit.ts';
import { REMOTE_PARAM, type Remotes } from './remotes.ts';
import type { Room } from './rooms.ts';
import type { RoomBySecret } from './room-by-secret.ts';
import { replyRemoteExpired, replyRemoteRevoked, replyWrongKey } from './trainer-pages.ts';
import { replyText } from './http-json.ts';

/** More than a trainer and a co-trainer need; a bound on what one room keeps. */
export const MAX_REMOTES_PER_ROOM = 4;
const CREATE = /^\/api\/rooms\/([A-Za-z0-9]+)\/remotes$/;
const REVOKE = /^\/api\/rooms\/([A-Za-z0-9]+)\/remotes\/([A-Za-z0-9_-]+)\/revoke$/;
/** Where a signed-in remote lands. */
export const REMOTE_PAGE = '/remote';

type Dependencies = { remotes: Remotes; roomBySecret: RoomBySecret; failures: FailureLimiter; origin: () => string; replyWithError: ErrorReply };

export function createRemoteRoutes({ remotes, roomBySecret, failures, origin, replyWithError }: Dependencies) {
  const show = (room: Room) => room.showRemotes(remotes.ofRoom(room.code));
  const linkOf = (id: string) => `${origin()}${REMOTE_PAGE}?${REMOTE_PARAM}=${encodeURIComponent(remotes.linkToken(id))}`;

  async function create(request: IncomingMessage, ip: string, code: string): Promise<[number, unknown]> {
    const room = await roomBySecret(request, ip, code);
    if (remotes.ofRoom(room.code).length >= MAX_REMOTES_PER_ROOM) throw new HttpError(409, 'deze sessie heeft al genoeg afstandsbedieningen: trek er eerst een in');
    const remote = await remotes.create(room.code);
    show(room);
    return [201, { id: remote.id, url: linkOf(remote.id) }];
  }

  async function revoke(request: IncomingMessage, ip: string, code: string, id: string): Promise<[number, unknown]> {
    const room = await roomBySecret(request, ip, code);
    if (!REMOTE_ID_PATTERN.test(id) || !(await remotes.revoke(room.code, id))) throw new HttpError(404, 'no such remote in this room');
    show(room);
    return [200, { revoked: id }];
  }

  const reply = (response: ServerResponse, ip: string, answer: Promise<[number, unknown]>) =>
    void answer.then(([status, body]) => sendJson(response, status, body)).catch((error: unknown) => replyWithError(response, error, ip));

  return {
    /** A remote's link (`/remote?remote=…`): a genuine, active one signs this phone in as that remote; a revoked or expired one says so. */
    signIn(response: ServerResponse, url: URL, ip: string): void {
      const remote = remotes.ofLink(url.searchParams.get(REMOTE_PARAM) ?? '');
      if (remote && remote.revokedAt === null && remotes.hasExpired(remote)) return void replyRemoteExpired(response);
      if (remote && !remotes.isActive(remote.id)) return void replyRemoteRevoked(response);
      if (!remote) {
        if (failures.isBlocked(ip)) return void replyText(response, 429, 'Too many attempts: wait a minute.');
        failures.recordFailure(ip);
        return void replyWrongKey(response);
      }
      response.writeHead(303, { location: REMOTE_PAGE, 'set-cookie': remotes.cookie(remote.id), 'cache-control': 'no-store' });
      response.end();
    },
    /** Answers a remote route (true), or leaves the request to the next route (false). */
    handle(request: IncomingMessage, response: ServerResponse, { path, ip, isTrainer }: RequestFacts): boolean {
      if (request.method === 'GET' && path === '/api/remote') {
        const remote = remotes.ofRequest(request);
        if (remote) sendJson(response, 200, { code: remote.code, id: remote.id });
        else sendJson(response, 401, { error: 'deze afstandsbediening is ingetrokken of onbekend' });
        return true;
      }
      const created = CREATE.exec(path);
      const revoked = REVOKE.exec(path);
      if (request.method !== 'POST' || (!created && !revoked)) return false;
      if (!isTrainer) sendJson(response, 401, { error: 'only for the trainer' });
      else if (created) reply(response, ip, create(request, ip, created[1]));
      else reply(response, ip, revoke(request, ip, revoked![1], revoked![2]));
      return true;
    },
  };
}

/**
 * The "authenticate" step (see steps.ts): who asks for which document of which room, decided
 * before the WebSocket upgrade completes. A refusal is an HTTP status; nothing is synced.
 */
import type { IncomingMessage } from 'node:http';
import { parseDocName, type DocRef } from '../src/shared/doc-names.ts';
import type { Auth, Credentials, Grant } from './auth.ts';
import type { FailureLimiter } from './rate-limit.ts';
import { isAllowedHost, isSameOrigin } from './request-checks.ts';
import type { Remotes } from './remotes.ts';
import type { Room, Rooms } from './rooms.ts';
import { seatOf, type SeatSuspensions } from './seat-suspension.ts';
import type { TrainerAccess } from './trainer-access.ts';

/** A connection that may go ahead: its room, its document, what it may do there, and whose seat it is. */
export type Admission = { room: Room; ref: DocRef; grant: Grant; credentials: Credentials; seat: string };
export type Refusal = { status: number; text: string };
/** A trainer's socket that is not a room's document (Vite's reload socket under `npm run dev`). */
export type OtherSocket = { other: true };

export type AuthenticateDependencies = {
  rooms: Rooms;
  auth: Auth;
  trainer: TrainerAccess;
  /** The trainer's phones as remotes of one room each (decision 0086). */
  remotes: Remotes;
  failures: FailureLimiter;
  suspensions: SeatSuspensions;
  allowedHosts: ReadonlySet<string>;
};

const SYNC_PREFIX = '/sync/';
const refusal = (status: number, text: string): Refusal => ({ status, text });

export function createAuthenticate({ rooms, auth, trainer, remotes, failures, suspensions, allowedHosts }: AuthenticateDependencies) {
  return async function authenticate(request: IncomingMessage): Promise<Admission | Refusal | OtherSocket> {
    const ip = request.socket.remoteAddress ?? '';
    if (!isAllowedHost(request, allowedHosts)) return refusal(421, 'Misdirected Request');
    // A page on another site must not open the trainer's sockets with the trainer's cookie.
    if (!isSameOrigin(request)) return refusal(403, 'Forbidden');
    const url = new URL(request.url ?? '/', 'http://localhost');
    const ref = url.pathname.startsWith(SYNC_PREFIX) ? parseDocName(url.pathname.slice(SYNC_PREFIX.length)) : null;
    if (!ref) return trainer.isTrainer(request) ? { other: true } : refusal(404, 'Not Found');
    // Credentials first: a phone reconnecting with valid ones is never blocked by wrong guesses
    // from its address (a hall behind one NAT). Tokens are HMACs, so checking first leaks nothing.
    // The room is opened here, since its record holds the secret's hash (its documents load with it).
    const room = await rooms.open(ref.code);
    const params = url.searchParams;
    const credentials: Credentials = {
      role: params.get('role'),
      secret: params.get('secret') ?? undefined,
      token: params.get('token') ?? undefined,
      pid: params.get('pid') ?? undefined,
    };
    // A remote is proven by its cookie alone (an active remote of this room), not by the trainer's.
    if (credentials.role === 'remote') {
      const remote = remotes.ofRequest(request);
      if (remote) credentials.remote = { id: remote.id, code: remote.code };
    } else if (credentials.role !== 'participant' && !trainer.isTrainer(request)) {
      // The trainer's windows (deck, moderation, an earlier session's room) need the trainer credential too.
      return refusal(401, 'Unauthorized');
    }
    const grant = room ? auth.authorize(ref, credentials, room.record.secretHash) : null;
    if (!room || !grant) {
      if (failures.isBlocked(ip)) return refusal(429, 'Too Many Requests');
      failures.recordFailure(ip);
      return refusal(401, 'Unauthorized');
    }
    const seat = seatOf(ref.code, grant.role, credentials.pid ?? credentials.remote?.id);
    if (suspensions.isSuspended(seat)) return refusal(429, 'Too Many Requests');
    return { room, ref, grant, credentials, seat };
  };
}

/**
 * The trainer removes a participant: `POST /api/rooms/<code>/participants/<pid>/remove` with the
 * room secret as a bearer token (never in the URL). Its answers and seat go, its sockets close
 * with the final `removed` code, and its pid is refused from then on, also after a restart.
 */
import type { IncomingMessage } from 'node:http';
import type { Auth } from './auth.ts';
import { HttpError, readJson } from './http-json.ts';
import type { ParticipantSockets } from './participant-sockets.ts';
import type { FailureLimiter } from './rate-limit.ts';
import type { Rooms } from './rooms.ts';

export const REMOVE_ROUTE = /^\/api\/rooms\/([A-Z2-9]{6})\/participants\/([A-Za-z0-9_-]{16})\/remove$/;

type Dependencies = { rooms: Rooms; auth: Auth; failures: FailureLimiter; sockets: ParticipantSockets; log: (line: string) => void };

export function createParticipantRemoval({ rooms, auth, failures, sockets, log }: Dependencies) {
  return async function removeParticipant(request: IncomingMessage, ip: string, code: string, pid: string): Promise<[number, unknown]> {
    if (failures.isBlocked(ip)) throw new HttpError(429, 'too many attempts, wait a minute');
    await readJson(request);
    const secret = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const room = await rooms.open(code);
    if (!room || !auth.isTrainerSecret(secret, room.record.secretHash)) {
      failures.recordFailure(ip);
      throw new HttpError(404, 'no room with this code and secret');
    }
    if (!room.seats.remove(pid)) throw new HttpError(404, 'no participant with this id in this room');
    // Removed first, closed second: whatever its sockets still deliver meanwhile is not recorded.
    sockets.closeRemoved(code, pid);
    log(`room ${code}: the trainer removed a participant and its answers`);
    return [200, { removed: pid }];
  };
}

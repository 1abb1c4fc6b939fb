/**
 * The trainer removes a participant: `POST /api/rooms/<code>/participants/<pid>/remove` with the
 * room secret as a bearer token (never in the URL). Its answers and seat go, its sockets close
 * with the final `removed` code, and its pid is refused from then on, also after a restart.
 */
import type { IncomingMessage } from 'node:http';
import { HttpError, readJson } from './http-json.ts';
import type { ParticipantSockets } from './participant-sockets.ts';
import type { RoomBySecret } from './room-by-secret.ts';

export const REMOVE_ROUTE = /^\/api\/rooms\/([A-Z2-9]{6})\/participants\/([A-Za-z0-9_-]{16})\/remove$/;

type Dependencies = { roomBySecret: RoomBySecret; sockets: ParticipantSockets; log: (line: string) => void };

export function createParticipantRemoval({ roomBySecret, sockets, log }: Dependencies) {
  return async function removeParticipant(request: IncomingMessage, ip: string, code: string, pid: string): Promise<[number, unknown]> {
    await readJson(request);
    const room = await roomBySecret(request, ip, code);
    if (!room.seats.remove(pid)) throw new HttpError(404, 'no participant with this id in this room');
    // Removed first, closed second: whatever its sockets still deliver meanwhile is not recorded.
    sockets.closeRemoved(code, pid);
    log(`room ${code}: the trainer removed a participant and its answers`);
    return [200, { removed: pid }];
  };
}

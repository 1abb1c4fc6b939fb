/**
 * The room a trainer's request names, proven by the room secret as a bearer token (never in the
 * URL). The secret is checked first: the right one is never blocked by wrong guesses from the
 * same address; a wrong one counts against the address's failure budget.
 */
import type { IncomingMessage } from 'node:http';
import type { Auth } from './auth.ts';
import { HttpError } from './http-json.ts';
import type { FailureLimiter } from './rate-limit.ts';
import type { Room, Rooms } from './rooms.ts';

export type RoomBySecret = (request: IncomingMessage, ip: string, code: string) => Promise<Room>;

export function createRoomBySecret({ rooms, auth, failures }: { rooms: Rooms; auth: Auth; failures: FailureLimiter }): RoomBySecret {
  return async (request, ip, code) => {
    const secret = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const room = await rooms.open(code);
    if (room && auth.isTrainerSecret(secret, room.record.secretHash)) return room;
    if (failures.isBlocked(ip)) throw new HttpError(429, 'too many attempts, wait a minute');
    failures.recordFailure(ip);
    throw new HttpError(404, 'no room with this code and secret');
  };
}

/**
 * Whether a phone that knows a room's code gets a seat: not when the room is full (the trainer
 * sees the refusal), not beyond its address's join budget; otherwise a new participant id.
 */
import { randomBytes } from 'node:crypto';
import { HttpError } from './http-json.ts';
import type { KeyedLimiter } from './rate-limit.ts';
import type { Room } from './rooms.ts';

export const ROOM_FULL = 'Deze sessie is vol. Vraag de trainer.';
export const TOO_MANY_JOINS = 'Te veel aanmeldingen tegelijk, probeer het zo weer.';

export function admitJoin(room: Room, ip: string, joins: KeyedLimiter): string {
  // The cap first: a full room says so at once, and a refused join spends none of the hall's budget.
  if (room.seats.isFull()) {
    room.seats.countRefusal();
    throw new HttpError(409, ROOM_FULL);
  }
  if (!joins.take(ip)) throw new HttpError(429, TOO_MANY_JOINS);
  const pid = randomBytes(12).toString('base64url');
  room.seats.take(pid);
  return pid;
}

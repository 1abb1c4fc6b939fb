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

/**
 * Whether a join says it comes from the link for a video call's chat (decision 0089): only a
 * literal `true`; anything else a phone may send (a string, a number, an object) means the room.
 */
export function saysJoinedOnline(body: Record<string, unknown>): boolean {
  return body.online === true;
}

/** `isJoinedOnline`: the phone came through the link for a video call's chat (decision 0089). */
export function admitJoin(room: Room, ip: string, joins: KeyedLimiter, isJoinedOnline = false): string {
  // The cap first: a full room says so at once, and a refused join spends none of the hall's budget.
  if (room.seats.isFull()) {
    room.seats.countRefusal();
    throw new HttpError(409, ROOM_FULL);
  }
  if (!joins.take(ip)) throw new HttpError(429, TOO_MANY_JOINS);
  const pid = randomBytes(12).toString('base64url');
  room.seats.take(pid, isJoinedOnline);
  return pid;
}

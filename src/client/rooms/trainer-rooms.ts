/**
 * The trainer's rooms, remembered per deck in this browser: reopening a deck (reload, crash,
 * next morning) returns to the same room. The secret never leaves this browser except to the server.
 */
import { sessionNumberOf } from '../../shared/deck/session-decks.ts';
import { findGroupSession, openGroupSession } from '../../sync/group-api.ts';
import { ApiError, type TrainerRoom } from '../../sync/room-api.ts';
import { createRoom, resumeRoom } from '../../sync/trainer-api.ts';
import { readStored, writeStored } from '../lib/stored-json.ts';

const keyOf = (deck: string) => `mentorwijs:room:${deck}`;

export function recallRoom(storage: Storage, deck: string): TrainerRoom | null {
  return readStored<TrainerRoom>(storage, keyOf(deck));
}

export function forgetRoom(storage: Storage, deck: string): void {
  storage.removeItem(keyOf(deck));
}

/** The remembered room if the server still knows it, else a new one. */
export async function ensureRoom(origin: string, storage: Storage, deck: string): Promise<TrainerRoom> {
  const remembered = recallRoom(storage, deck);
  if (remembered) {
    try {
      return await resumeRoom(origin, remembered.code, remembered.secret);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
    }
  }
  const room = await createRoom(origin, deck);
  writeStored(storage, keyOf(deck), room);
  return room;
}

/**
 * The room to present a deck in: in a leergang (`group`) the group's session room, made when the
 * session has none, the same on every trainer's laptop; otherwise this browser's own.
 */
export function roomForDeck(origin: string, storage: Storage, deck: string, group?: string | null): Promise<TrainerRoom> {
  // NaN for a deck that is no session: the server refuses it with the reason.
  if (group) return openGroupSession(origin, group, sessionNumberOf(deck) ?? Number.NaN);
  return ensureRoom(origin, storage, deck);
}

/**
 * The room a deck already has, for the windows that follow it (speaker view, moderation, a later
 * session reading this one): the group's session room in a leergang, else the one this browser
 * remembers; null when the server holds none. It never makes a room.
 */
export async function existingRoom(origin: string, storage: Storage, deck: string, group?: string | null): Promise<TrainerRoom | null> {
  const session = sessionNumberOf(deck);
  const remembered = group ? null : recallRoom(storage, deck);
  if (group ? session === null : !remembered) return null;
  try {
    return group ? await findGroupSession(origin, group, session!) : await resumeRoom(origin, remembered!.code, remembered!.secret);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

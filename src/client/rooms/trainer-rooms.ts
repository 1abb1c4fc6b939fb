/**
 * The trainer's rooms, remembered per deck in this browser: reopening a deck (reload, crash,
 * next morning) returns to the same room. The secret never leaves this browser except to the server.
 */
import { createRoom, resumeRoom, ApiError, type TrainerRoom } from '../../sync/room-api.ts';
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

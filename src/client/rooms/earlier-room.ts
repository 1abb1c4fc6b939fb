/**
 * A read-only look at the room of another deck (session 1 seen from session 5): in a leergang
 * the group's own session room, from any trainer's browser; otherwise the room this browser ran,
 * remembered in localStorage. It is joined as a viewer with that deck's
 * exercise definitions. Nothing is written to the earlier room.
 */
import { decks } from 'virtual:decks';
import { findGroupSession } from '../../sync/group-api.ts';
import { ApiError, resumeRoom, type TrainerRoom } from '../../sync/room-api.ts';
import { createLiveRoom } from '../../sync/live-room.ts';
import type { EarlierRoom } from './earlier-room-context.ts';
import { recallRoom } from './trainer-rooms.ts';

export async function openEarlierRoom(origin: string, storage: Storage, deckId: string, group?: string | null): Promise<EarlierRoom> {
  const entry = decks.find((deck) => deck.id === deckId);
  if (!entry) return { found: false, reason: 'no-deck' };
  // In a leergang the group's own session room, on whichever laptop; else the one this browser ran.
  const session = /^sessie-(\d)$/.exec(deckId);
  const remembered = group && session ? null : recallRoom(storage, deckId);
  if (!(group && session) && !remembered) return { found: false, reason: 'no-room' };
  let room: TrainerRoom;
  try {
    // Checks that the server still holds the room before a viewer waits on it.
    room = group && session ? await findGroupSession(origin, group, Number(session[1])) : await resumeRoom(origin, remembered!.code, remembered!.secret);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { found: false, reason: 'no-room' };
    throw error;
  }
  const { exercises } = (await entry.load()).default;
  const live = createLiveRoom({ origin, room, asViewer: true, definitions: exercises });
  await live.ready;
  return { found: true, room: live };
}

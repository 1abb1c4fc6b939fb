/**
 * A read-only look at the room this trainer's browser ran for another deck (session 1 seen
 * from session 5): the room remembered in localStorage, joined as a viewer with that deck's
 * exercise definitions. Nothing is written to the earlier room.
 */
import { decks } from 'virtual:decks';
import { ApiError, resumeRoom } from '../../sync/room-api.ts';
import { createLiveRoom } from '../../sync/live-room.ts';
import type { EarlierRoom } from './earlier-room-context.ts';
import { recallRoom } from './trainer-rooms.ts';

export async function openEarlierRoom(origin: string, storage: Storage, deckId: string): Promise<EarlierRoom> {
  const entry = decks.find((deck) => deck.id === deckId);
  if (!entry) return { found: false, reason: 'no-deck' };
  const remembered = recallRoom(storage, deckId);
  if (!remembered) return { found: false, reason: 'no-room' };
  try {
    // Checks that the server still holds the room before a viewer waits on it.
    await resumeRoom(origin, remembered.code, remembered.secret);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { found: false, reason: 'no-room' };
    throw error;
  }
  const { exercises } = (await entry.load()).default;
  const room = createLiveRoom({ origin, room: remembered, asViewer: true, definitions: exercises });
  await room.ready;
  return { found: true, room };
}

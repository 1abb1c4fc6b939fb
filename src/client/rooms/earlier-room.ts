/**
 * A read-only look at the room of another deck (session 1 seen from session 5): in a leergang
 * the group's own session room, from any trainer's browser; otherwise the room this browser ran,
 * remembered in localStorage. It is joined as a viewer with that deck's
 * exercise definitions. Nothing is written to the earlier room.
 */
import { decks } from 'virtual:decks';
import { createLiveRoom } from '../../sync/live-room.ts';
import type { EarlierRoom } from './earlier-room-context.ts';
import { existingRoom } from './trainer-rooms.ts';

export async function openEarlierRoom(origin: string, storage: Storage, deckId: string, group?: string | null): Promise<EarlierRoom> {
  const entry = decks.find((deck) => deck.id === deckId);
  if (!entry) return { found: false, reason: 'no-deck' };
  // Checked with the server before a viewer waits on it.
  const room = await existingRoom(origin, storage, deckId, group);
  if (!room) return { found: false, reason: 'no-room' };
  const { exercises } = (await entry.load()).default;
  const live = createLiveRoom({ origin, room, asViewer: true, definitions: exercises });
  await live.ready;
  return { found: true, room: live };
}

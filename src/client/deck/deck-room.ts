/**
 * The live room of the deck page: the trainer's room for this deck (the remembered one if the
 * server still holds it, else a new one), or in a speaker-view frame the remembered one, joined
 * as a viewer; with what the join cards show. Without a room the slides still work, and
 * `problem` says why the server gave none.
 */
import type { BaseDefinition } from '../../shared/kind/kind.ts';
import { createLiveRoom, type LiveRoom } from '../../sync/live-room.ts';
import { ApiError, type TrainerRoom } from '../../sync/room-api.ts';
import { getInfo } from '../../sync/trainer-api.ts';
import { existingRoom, roomForDeck } from '../rooms/trainer-rooms.ts';
import type { JoinLink } from './join-link-context.ts';

export type DeckRoom = { live: LiveRoom; joinLink: JoinLink } | { live: null; problem?: string };

export async function openDeckRoom(options: {
  origin: string;
  storage: Storage;
  deck: { id: string; exercises: Record<string, BaseDefinition> };
  asViewer: boolean;
  /** The leergang this session belongs to (`?leergang=`): its room, on whichever laptop, instead of this browser's own. */
  group?: string | null;
  /** This browser's device id: the deck writes only while the stage names it as presenter (decision 0092). */
  device?: string;
}): Promise<DeckRoom> {
  const { origin, storage, deck, asViewer, group, device } = options;
  let room: TrainerRoom | null;
  try {
    // A speaker-view frame follows the room the deck window opened; it never makes one.
    room = asViewer ? await existingRoom(origin, storage, deck.id, group) : await roomForDeck(origin, storage, deck.id, group);
  } catch (error) {
    return { live: null, problem: error instanceof ApiError ? error.message : 'de server is niet bereikbaar.' };
  }
  if (!room) return { live: null };
  // The deck writes only the deck's keys of the stage; the moderation window has its own (one writer per key).
  const live = createLiveRoom({ origin, room, asViewer, writer: 'deck', definitions: deck.exercises, device });
  const { joinUrl } = await getInfo(origin);
  // A room remembered from before join keys existed has none: its QR then holds the code alone.
  return { live, joinLink: { joinUrl, code: room.code, joinKey: room.joinKey ?? '' } };
}


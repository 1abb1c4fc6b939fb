/**
 * How a view opens the room this trainer's browser ran for another deck (a comparing scale in
 * session 5 reads session 1), as a Lit context: the deck page provides the loader (see
 * earlier-room.ts), so a view needs neither `localStorage` nor `location`.
 */
import { createContext } from '@lit/context';
import type { LiveRoom } from '../../sync/live-room.ts';

export type EarlierRoom = { found: true; room: LiveRoom } | { found: false; reason: 'no-deck' | 'no-room' };

/** Opens the remembered room of the deck `deckId` read-only; the caller destroys it. */
export type OpenEarlierRoom = (deckId: string) => Promise<EarlierRoom>;

export const earlierRoomContext = createContext<OpenEarlierRoom | undefined>('mentorwijs:earlier-room');

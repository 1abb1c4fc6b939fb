/**
 * The live room of the page, as a Lit context: the deck page provides it, its exercise screens,
 * join cards and warnings consume it. A string key, so a test page can provide one too.
 */
import { createContext } from '@lit/context';
import type { LiveRoom } from '../../sync/live-room.ts';

export const liveRoomContext = createContext<LiveRoom | undefined>('mentorwijs:live-room');

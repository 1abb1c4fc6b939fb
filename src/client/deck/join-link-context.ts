/**
 * What the join cards on the deck show, as a Lit context the deck page provides with the room:
 * the server's join URL, the room code and its join key (in the QR code only).
 */
import { createContext } from '@lit/context';
import type { JoinLink } from '../rooms/join-urls.ts';

export type { JoinLink };

export const joinLinkContext = createContext<JoinLink | undefined>('mentorwijs:join-link');

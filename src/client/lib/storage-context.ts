/**
 * The browser storage a view may keep things in (a phone's own scale answers), as a Lit context:
 * the page provides `localStorage`, a test its own Storage. Views never reach for the global.
 */
import { createContext } from '@lit/context';

export const storageContext = createContext<Storage | undefined>('mentorwijs:storage');

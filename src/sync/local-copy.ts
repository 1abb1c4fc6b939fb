/**
 * A phone keeps its own answers document in IndexedDB, so an answer given while the server is
 * out of reach survives a reload or a killed tab and is delivered when the phone is back.
 * Only the phone's own document: the stage is the trainer's and comes fresh from the server.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

export type LocalCopy = {
  /** Forgets the stored copy (the server refused its content, so it must not come back). */
  clear(): Promise<void>;
};

/** Keeps `doc` under `docName` on this device; none where there is no IndexedDB (Node, old browsers). */
export type KeepLocally = (docName: string, doc: Y.Doc) => LocalCopy | null;

export const keepInIndexedDb: KeepLocally = (docName, doc) => {
  // Written without the DOM global so the simulator (compiled for Node, no DOM types) can import the session.
  if (!('indexedDB' in globalThis)) return null;
  const persistence = new IndexeddbPersistence(`mentorwijs:${docName}`, doc);
  return { clear: () => persistence.clearData() };
};

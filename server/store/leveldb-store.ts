/** The embedded store: y-leveldb (LevelDB via classic-level, prebuilt binaries) under DATA_DIR. */
import { mkdirSync } from 'node:fs';
import { LeveldbPersistence } from 'y-leveldb';
import * as Y from 'yjs';
import type { Store } from './store.ts';

/** Records live as metadata of one pseudo-document, so rooms and keys share the update log's database. */
const RECORDS_DOC = '_records';

export async function createLeveldbStore(dir: string): Promise<Store> {
  mkdirSync(dir, { recursive: true });
  const persistence = new LeveldbPersistence(dir);
  // Opening is lazy in y-leveldb; touch the database now so a locked or unwritable
  // DATA_DIR fails at start with LevelDB's own message instead of at the first answer.
  await persistence.getMeta(RECORDS_DOC, 'opened');

  return {
    async loadDoc(name) {
      const doc = await persistence.getYDoc(name);
      const update = Y.encodeStateAsUpdate(doc);
      const isEmpty = doc.store.clients.size === 0 && update.length <= 2;
      doc.destroy();
      return isEmpty ? null : update;
    },
    async appendUpdate(name, update) {
      await persistence.storeUpdate(name, update);
    },
    async getRecord(key) {
      return (await persistence.getMeta(RECORDS_DOC, key)) as never;
    },
    async putRecord(key, value) {
      await persistence.setMeta(RECORDS_DOC, key, value);
    },
    async close() {
      await persistence.destroy();
    },
  };
}

/** A store around a real one that keeps a list of the records written to it, with their size, for tests of what a change writes. */
import type { Store } from '../../server/store/store.ts';

export type RecordWrite = { key: string; bytes: number };
export type CountingStore = Store & { recordWrites: RecordWrite[] };

export function createCountingStore(inner: Store): CountingStore {
  const recordWrites: RecordWrite[] = [];
  return {
    loadDoc: (name) => inner.loadDoc(name),
    appendUpdate: (name, update) => inner.appendUpdate(name, update),
    replaceDoc: (name, update) => inner.replaceDoc(name, update),
    deleteDoc: (name) => inner.deleteDoc(name),
    getRecord: (key) => inner.getRecord(key),
    deleteRecord: (key) => inner.deleteRecord(key),
    keys: (prefix) => inner.keys(prefix),
    close: () => inner.close(),
    putRecord(key, value) {
      recordWrites.push({ key, bytes: Buffer.byteLength(JSON.stringify(value)) });
      return inner.putRecord(key, value);
    },
    recordWrites,
  };
}

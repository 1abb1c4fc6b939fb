/** A store that forgets on exit: for tests of the pieces above the store. */
import * as Y from 'yjs';
import type { Store } from './store.ts';

export function createMemoryStore(): Store {
  const updates = new Map<string, Uint8Array[]>();
  const records = new Map<string, unknown>();
  const startingWith = (names: Iterable<string>, prefix: string) => [...names].filter((name) => name.startsWith(prefix)).sort();
  return {
    async loadDoc(name) {
      const list = updates.get(name);
      return list && list.length > 0 ? Y.mergeUpdates(list) : null;
    },
    async appendUpdate(name, update) {
      const list = updates.get(name) ?? [];
      list.push(update);
      updates.set(name, list);
    },
    async replaceDoc(name, update) {
      updates.set(name, [update]);
    },
    async deleteDoc(name) {
      updates.delete(name);
    },
    async getRecord(key) {
      return structuredClone(records.get(key)) as never;
    },
    async putRecord(key, value) {
      records.set(key, structuredClone(value));
    },
    async deleteRecord(key) {
      records.delete(key);
    },
    async keys(prefix = '') {
      return { docs: startingWith(updates.keys(), prefix), records: startingWith(records.keys(), prefix) };
    },
    async close() {},
  };
}

import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createLeveldbStore } from '../../server/store/leveldb-store.ts';
import { createMemoryStore } from '../../server/store/memory-store.ts';
import type { Store } from '../../server/store/store.ts';
import { tempDir } from '../support/test-server.ts';

const stores: [string, () => Promise<Store>][] = [
  ['memory', async () => createMemoryStore()],
  ['leveldb', () => createLeveldbStore(tempDir())],
];

describe.each(stores)('%s store', (_name, create) => {
  test('returns null for a document never written', async () => {
    const store = await create();
    expect(await store.loadDoc('room/X/stage')).toBeNull();
    expect(await store.getRecord('nothing')).toBeUndefined();
    await store.close();
  });

  test('gives back every appended update, merged, and records as JSON', async () => {
    const store = await create();
    const doc = new Y.Doc();
    const writes: Promise<void>[] = [];
    doc.on('update', (update: Uint8Array) => writes.push(store.appendUpdate('room/X/p/a', update)));
    for (let i = 0; i < 150; i++) doc.getMap('answers').set(`q${i % 7}`, { round: 1, value: i });
    await Promise.all([...writes, store.putRecord('room:X', { deck: 'sessie-1', createdAt: 1 })]);
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, (await store.loadDoc('room/X/p/a'))!);
    expect(loaded.getMap('answers').toJSON()).toEqual(doc.getMap('answers').toJSON());
    expect(await store.getRecord('room:X')).toEqual({ deck: 'sessie-1', createdAt: 1 });
    await store.close();
  });
});

describe('leveldb store', () => {
  test('keeps documents across reopening, also after compacting a long log', async () => {
    const dir = tempDir();
    const first = await createLeveldbStore(dir);
    const doc = new Y.Doc();
    const writes: Promise<void>[] = [];
    doc.on('update', (update: Uint8Array) => writes.push(first.appendUpdate('d', update)));
    for (let i = 0; i < 250; i++) doc.getMap('m').set(String(i), i);
    await Promise.all(writes);
    await first.close();

    for (let round = 0; round < 2; round++) {
      const again = await createLeveldbStore(dir);
      const loaded = new Y.Doc();
      Y.applyUpdate(loaded, (await again.loadDoc('d'))!);
      expect(loaded.getMap('m').size).toBe(250);
      await again.appendUpdate('d', Y.encodeStateAsUpdate(doc));
      await again.close();
    }
  });

  test('refuses a data dir that another server has open, with a clear message', async () => {
    const dir = tempDir();
    const first = await createLeveldbStore(dir);
    await expect(createLeveldbStore(dir)).rejects.toThrow(`cannot open the data store in ${dir}`);
    await first.close();
  });
});

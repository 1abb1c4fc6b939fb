import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

describe.each(stores)('%s store deleting', (_name, create) => {
  const writeText = async (store: Store, name: string, doc: Y.Doc, key: string, text: string) => {
    const update = new Promise<Uint8Array>((resolve) => doc.once('update', resolve));
    doc.getMap('answers').set(key, text);
    await store.appendUpdate(name, await update);
  };

  test('deletes a document and a record, and lists what is left under a prefix', async () => {
    const store = await create();
    for (const name of ['room/A/stage', 'room/A/p/x', 'room/AB/stage', 'room/B/stage']) await store.appendUpdate(name, Y.encodeStateAsUpdate(new Y.Doc()));
    await store.putRecord('room:A', { deck: 'basis' });
    await store.putRecord('room:B', { deck: 'basis' });
    expect(await store.keys('room/A/')).toEqual({ docs: ['room/A/p/x', 'room/A/stage'], records: [] });
    await store.deleteDoc('room/A/p/x');
    await store.deleteRecord('room:A');
    expect(await store.loadDoc('room/A/p/x')).toBeNull();
    expect(await store.getRecord('room:A')).toBeUndefined();
    expect(await store.keys('room')).toEqual({ docs: ['room/A/stage', 'room/AB/stage', 'room/B/stage'], records: ['room:B'] });
    await store.close();
  });

  test('a document appended to and deleted in one turn stays deleted, and can be written anew', async () => {
    const store = await create();
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    doc.getMap('m').set('a', 1);
    doc.getMap('m').set('b', 2);
    await store.appendUpdate('d', updates[0]);
    await Promise.all([store.appendUpdate('d', updates[1]), store.deleteDoc('d')]);
    expect(await store.loadDoc('d')).toBeNull();
    await store.appendUpdate('d', updates[0]);
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, (await store.loadDoc('d'))!);
    expect(loaded.getMap('m').get('a')).toBe(1);
    await store.close();
  });

  test('replacing a log by the document\'s state leaves no trace of a deleted entry, and keeps later appends', async () => {
    const store = await create();
    const doc = new Y.Doc();
    await writeText(store, 'r', doc, 'gone', 'GEHEIM-ANTWOORD');
    await writeText(store, 'r', doc, 'kept', 'blijft');
    const deletion = new Promise<Uint8Array>((resolve) => doc.once('update', resolve));
    doc.getMap('answers').delete('gone');
    await store.appendUpdate('r', await deletion);
    const snapshot = Y.encodeStateAsUpdate(doc);
    const later = new Promise<Uint8Array>((resolve) => doc.once('update', resolve));
    doc.getMap('answers').set('after', 'later');
    await Promise.all([store.replaceDoc('r', snapshot), later.then((update) => store.appendUpdate('r', update))]);

    const stored = (await store.loadDoc('r'))!;
    expect(Buffer.from(stored).includes('GEHEIM-ANTWOORD')).toBe(false);
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, stored);
    expect(loaded.getMap('answers').toJSON()).toEqual({ kept: 'blijft', after: 'later' });
    await store.close();
  });
});

describe('leveldb store deleting', () => {
  test('leaves no byte of a deleted document in its files, once other data surround it', async () => {
    const dir = tempDir();
    const before = await createLeveldbStore(dir);
    for (const name of ['room/A/p/a', 'room/A/p/z', 'room/A/stage']) await before.appendUpdate(name, Y.encodeStateAsUpdate(new Y.Doc()));
    await before.close();
    const store = await createLeveldbStore(dir);
    const doc = new Y.Doc();
    const update = new Promise<Uint8Array>((resolve) => doc.once('update', resolve));
    doc.getMap('answers').set('x', 'VERDWIJNT-UIT-DE-WINKEL');
    await store.appendUpdate('room/A/p/x', await update);
    await store.deleteDoc('room/A/p/x');
    const holding = readdirSync(dir).filter((file) => readFileSync(join(dir, file)).includes('VERDWIJNT'));
    expect(holding).toEqual([]);
    expect((await store.keys('room/A/p/x')).docs).toEqual([]);
    await store.close();
  });
});

/**
 * A phone whose socket is on its way in while its leergang is deleted (decision 0095: a deleted
 * room's phones are closed with 4404 and say "Deze sessie bestaat niet meer"). The deletion closes
 * the room's sockets it knows; one whose upgrade was still loading its document then must not open
 * on the deleted room as if nothing happened, showing "verbonden" while nothing it sends is kept.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createLeveldbStore } from '../../server/store/leveldb-store.ts';
import type { Store } from '../../server/store/store.ts';
import { CLOSE } from '../../src/shared/close-codes.ts';
import { participantDocName } from '../../src/shared/doc-names.ts';
import { createGroup, deleteGroup, openGroupSession } from '../../src/sync/group-api.ts';
import { joinRoom } from '../../src/sync/room-api.ts';
import { leergangManifest } from '../support/leergang-fixture.ts';
import { openAsParticipant } from '../support/raw-socket.ts';
import { startTestServer, tempDir, TRAINER_HEADERS, type TestServer } from '../support/test-server.ts';

/** A store that holds the loading of one document until a room's record is deleted. */
function gatedStore(inner: Store) {
  let gated = '';
  let roomKey = '';
  let release = () => {};
  let reached = () => {};
  const isReached = new Promise<void>((resolve) => (reached = resolve));
  const store: Store = {
    ...inner,
    loadDoc: async (name) => {
      if (name !== gated) return inner.loadDoc(name);
      reached();
      await new Promise<void>((resolve) => (release = resolve));
      return inner.loadDoc(name);
    },
    async deleteRecord(key) {
      await inner.deleteRecord(key);
      if (key === roomKey) release();
    },
    getRecord: (key) => inner.getRecord(key),
    keys: (prefix) => inner.keys(prefix),
    appendUpdate: (name, update) => inner.appendUpdate(name, update),
    putRecord: (key, value) => inner.putRecord(key, value),
    replaceDoc: (name, update) => inner.replaceDoc(name, update),
    deleteDoc: (name) => inner.deleteDoc(name),
    close: () => inner.close(),
  };
  return {
    store,
    /** Holds the loading of `doc` until the record of room `code` is deleted. */
    hold(doc: string, code: string) {
      gated = doc;
      roomKey = `room:${code}`;
    },
    isReached,
  };
}

describe('deleting a room while a phone reconnects', () => {
  let server: TestServer;
  afterEach(async () => {
    await server?.close();
  });

  test('a socket whose upgrade was loading its document is closed with 4404 too', async () => {
    const gate = gatedStore(await createLeveldbStore(tempDir()));
    server = await startTestServer({ store: gate.store, manifest: leergangManifest() });
    const group = await createGroup(server.origin, { name: 'Werkzaak voorjaar 2027' }, TRAINER_HEADERS);
    const room = await openGroupSession(server.origin, group.id, 1, TRAINER_HEADERS);
    const seat = await joinRoom(server.origin, room.code);
    const docName = participantDocName(room.code, seat.pid);

    gate.hold(docName, room.code);
    const opening = openAsParticipant(server.origin, seat, docName);
    await gate.isReached;
    expect(await deleteGroup(server.origin, group.id, 'Werkzaak voorjaar 2027', TRAINER_HEADERS)).toEqual({ deleted: true });

    // Its credentials were checked before the deletion: the upgrade completes, and the socket is then closed.
    const socket = await opening;
    let closedWith: number | null = null;
    void socket.closed.then(({ code }) => (closedWith = code));
    await vi.waitFor(() => expect(closedWith).toBe(CLOSE.roomGone.code), { timeout: 3000 });
  });
});

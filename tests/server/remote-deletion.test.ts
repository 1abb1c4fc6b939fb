/**
 * A deleted room takes its remotes with it (decision 0086): when the trainer deletes a leergang, or
 * the retention sweep does, the remotes of its rooms leave the store, their open sockets close, and
 * their links and cookies are refused, also after a restart; another group's remote keeps working.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { createLeveldbStore } from '../../server/store/leveldb-store.ts';
import type { Remote } from '../../server/remotes.ts';
import type { Store } from '../../server/store/store.ts';
import { CLOSE } from '../../src/shared/close-codes.ts';
import { stageDocName } from '../../src/shared/doc-names.ts';
import { DEFAULT_RETENTION_DAYS } from '../../src/shared/leergang/retention.ts';
import { remoteDocName } from '../../src/shared/remote/schema.ts';
import { createGroup, deleteGroup, openGroupSession } from '../../src/sync/group-api.ts';
import { createRemote, revokeRemote, type RemoteLink } from '../../src/sync/remote-api.ts';
import type { TrainerRoom } from '../../src/sync/room-api.ts';
import { leergangManifest } from '../support/leergang-fixture.ts';
import { openRawSocket } from '../support/raw-socket.ts';
import { startTestServer, tempDir, TRAINER_HEADERS, type TestServer } from '../support/test-server.ts';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse('2027-03-01T09:00:00Z');

/** A remote as its phone holds it: the link and the cookie the link set. */
type SignedIn = RemoteLink & { room: TrainerRoom; cookie: string };

/** The codes of the rooms the store keeps remote records of. */
const storedRemoteRooms = async (store: Store) => ((await store.getRecord<Remote[]>('remotes')) ?? []).map((remote) => remote.code);

describe('a deleted room\'s remotes', () => {
  let server: TestServer;
  let clock = START;
  afterEach(async () => {
    await server?.close();
    clock = START;
  });

  const start = async (store: Store) => {
    server = await startTestServer({ store, manifest: leergangManifest(), now: () => clock });
  };

  async function signIn(room: TrainerRoom): Promise<SignedIn> {
    const link = await createRemote(server.origin, room, TRAINER_HEADERS);
    const response = await fetch(link.url, { redirect: 'manual' });
    expect(response.status).toBe(303);
    return { ...link, room, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] };
  }

  /** A group with two sessions, a remote for each room and a revoked one in the first. */
  async function groupWithRemotes(name: string) {
    const group = await createGroup(server.origin, { name }, TRAINER_HEADERS);
    const rooms = [await openGroupSession(server.origin, group.id, 1, TRAINER_HEADERS), await openGroupSession(server.origin, group.id, 2, TRAINER_HEADERS)];
    const revoked = await createRemote(server.origin, rooms[0], TRAINER_HEADERS);
    await revokeRemote(server.origin, rooms[0], revoked.id, TRAINER_HEADERS);
    return { group, rooms, remotes: [await signIn(rooms[0]), await signIn(rooms[1])] };
  }

  /** What the remote's phone gets: its page's question, its link opened again, its sockets. */
  async function isRefused(remote: SignedIn): Promise<boolean> {
    const asked = await fetch(`${server.origin}/api/remote`, { headers: { cookie: remote.cookie } });
    const again = await fetch(remote.url, { redirect: 'manual' });
    let isSocketOpen = false;
    try {
      (await openRawSocket(server.origin, stageDocName(remote.room.code), { role: 'remote' }, { cookie: remote.cookie })).ws.close();
      isSocketOpen = true;
    } catch {
      // Refused at the upgrade.
    }
    return asked.status === 401 && again.status === 403 && again.headers.get('set-cookie') === null && !isSocketOpen;
  }

  const openSockets = (remote: SignedIn) =>
    Promise.all([
      openRawSocket(server.origin, stageDocName(remote.room.code), { role: 'remote' }, { cookie: remote.cookie }),
      openRawSocket(server.origin, remoteDocName(remote.room.code, remote.id), { role: 'remote' }, { cookie: remote.cookie }),
    ]);

  test('deleting the leergang removes its rooms\' remotes from the store, closes their sockets and refuses their links and cookies', async () => {
    const store = await createLeveldbStore(tempDir());
    await start(store);
    const gone = await groupWithRemotes('Werkzaak voorjaar 2027');
    const kept = await groupWithRemotes('Werkzaak najaar 2027');
    expect(await isRefused(gone.remotes[0])).toBe(false);
    const sockets = await openSockets(gone.remotes[0]);

    expect(await deleteGroup(server.origin, gone.group.id, 'Werkzaak voorjaar 2027', TRAINER_HEADERS)).toEqual({ deleted: true });

    for (const socket of sockets) expect((await socket.closed).code).toBe(CLOSE.roomGone.code);
    for (const remote of gone.remotes) expect(await isRefused(remote)).toBe(true);
    const codes = await storedRemoteRooms(store);
    expect(codes.filter((code) => gone.rooms.some((room) => room.code === code))).toEqual([]);
    // The other group's remotes (and its revoked one) stay, and work.
    expect(codes.sort()).toEqual([kept.rooms[0].code, kept.rooms[0].code, kept.rooms[1].code].sort());
    for (const remote of kept.remotes) expect(await isRefused(remote)).toBe(false);
  });

  test('the retention sweep removes them too, and they stay refused after a restart', async () => {
    const dataDir = tempDir();
    await start(await createLeveldbStore(dataDir));
    const expired = await groupWithRemotes('Werkzaak voorjaar 2027');
    const sockets = await openSockets(expired.remotes[1]);

    clock = START + DEFAULT_RETENTION_DAYS * DAY;
    expect(await server.sweepRetention()).toEqual([expired.group.id]);
    for (const socket of sockets) expect((await socket.closed).code).toBe(CLOSE.roomGone.code);
    for (const remote of expired.remotes) expect(await isRefused(remote)).toBe(true);

    await server.close();
    const reopened = await createLeveldbStore(dataDir);
    expect(await storedRemoteRooms(reopened)).toEqual([]);
    await start(reopened);
    for (const remote of expired.remotes) expect(await isRefused({ ...remote, url: remote.url.replace(/^http:\/\/[^/]+/, server.origin) })).toBe(true);
  });
});

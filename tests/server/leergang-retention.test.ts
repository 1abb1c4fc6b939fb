/**
 * A leergang's data go when the trainer deletes the group, or by themselves RETENTION_DAYS after
 * its last session: every key of the group leaves the store (scanned), another group's stay.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createLeveldbStore } from '../../server/store/leveldb-store.ts';
import type { Store } from '../../server/store/store.ts';
import { WRONG_GROUP_NAME } from '../../server/deletion-routes.ts';
import { CLOSE } from '../../src/shared/close-codes.ts';
import { publicStageDocName } from '../../src/shared/doc-names.ts';
import { DEFAULT_RETENTION_DAYS } from '../../src/shared/leergang/retention.ts';
import { createGroup, createInvite, deleteGroup, listGroups, openGroupSession, type GroupSummary } from '../../src/sync/group-api.ts';
import type { TrainerRoom } from '../../src/sync/room-api.ts';
import { joinPhone, leergangManifest, openTaskAsTrainer, writeTask } from '../support/leergang-fixture.ts';
import { openAsParticipant } from '../support/raw-socket.ts';
import { startTestServer, tempDir, TRAINER_HEADERS, type TestServer } from '../support/test-server.ts';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse('2027-03-01T09:00:00Z');

/** Every key in the store that names the group or one of its rooms. */
async function keysOf(store: Store, group: string, rooms: string[]): Promise<string[]> {
  const { docs, records } = await store.keys();
  const invites = ((await store.getRecord<{ group: string }[]>('invites')) ?? []).filter((invite) => invite.group === group);
  const index = ((await store.getRecord<string[]>('groups')) ?? []).filter((id) => id === group);
  return [
    ...docs.filter((name) => rooms.some((code) => name.startsWith(`room/${code}/`))),
    ...records.filter((key) => key === `group:${group}` || key.startsWith(`member:${group}:`) || rooms.some((code) => key === `room:${code}`)),
    ...invites.map(() => 'invites'),
    ...index.map(() => 'groups'),
  ];
}

describe('deleting a whole leergang', () => {
  let server: TestServer;
  let clock: number;
  const clients: { destroy(): void }[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.close();
  });

  beforeEach(() => {
    clock = START;
  });

  async function start(store: Store) {
    server = await startTestServer({ store, manifest: leergangManifest(), now: () => clock });
  }

  /** A group with two sessions given, a member's task in each, and a co-trainer link. */
  async function givenGroup(name: string, plannedDates: (string | null)[] = []) {
    const group = await createGroup(server.origin, { name, plannedDates }, TRAINER_HEADERS);
    const rooms: TrainerRoom[] = [];
    for (const n of [1, 2]) {
      const room = await openGroupSession(server.origin, group.id, n, TRAINER_HEADERS);
      const trainer = await openTaskAsTrainer(server.origin, room);
      const phone = await joinPhone(server.origin, room.code);
      await writeTask(phone, trainer, `${name}: opdracht ${n}`);
      clients.push(trainer, phone.session);
      rooms.push(room);
    }
    await createInvite(server.origin, group.id, TRAINER_HEADERS);
    return { group, rooms, codes: rooms.map((room) => room.code) };
  }
  const listed = async (id: string): Promise<GroupSummary | undefined> => (await listGroups(server.origin, TRAINER_HEADERS)).find((g) => g.id === id);

  test('needs the group\'s name typed, then removes every key of it and closes its sockets; another group keeps all', async () => {
    const store = await createLeveldbStore(tempDir());
    await start(store);
    const gone = await givenGroup('Werkzaak voorjaar 2027');
    const kept = await givenGroup('Werkzaak najaar 2027');
    const keptKeys = await keysOf(store, kept.group.id, kept.codes);
    expect((await keysOf(store, gone.group.id, gone.codes)).length).toBeGreaterThan(8);
    const socket = await openAsParticipant(server.origin, (await joinPhone(server.origin, gone.codes[0])).seat, publicStageDocName(gone.codes[0]));

    await expect(deleteGroup(server.origin, gone.group.id, 'Werkzaak najaar 2027', TRAINER_HEADERS)).rejects.toMatchObject({ status: 409, message: WRONG_GROUP_NAME });
    await expect(deleteGroup(server.origin, gone.group.id, '', TRAINER_HEADERS)).rejects.toMatchObject({ status: 409 });
    expect(await listed(gone.group.id)).toBeDefined();

    expect(await deleteGroup(server.origin, gone.group.id, ' Werkzaak voorjaar 2027 ', TRAINER_HEADERS)).toEqual({ deleted: true });
    expect((await socket.closed).code).toBe(CLOSE.roomGone.code);
    expect(await keysOf(store, gone.group.id, gone.codes)).toEqual([]);
    expect(await keysOf(store, kept.group.id, kept.codes)).toEqual(keptKeys);
    expect(await listed(gone.group.id)).toBeUndefined();
    const bytes = await Promise.all((await store.keys()).docs.map(async (name) => Buffer.from((await store.loadDoc(name))!)));
    expect(bytes.some((doc) => doc.includes('Werkzaak voorjaar 2027: opdracht'))).toBe(false);
    expect(bytes.some((doc) => doc.includes('Werkzaak najaar 2027: opdracht 1'))).toBe(true);
    // Its rooms are gone for phones too.
    await expect(joinPhone(server.origin, gone.codes[1])).rejects.toMatchObject({ status: 404 });
  });

  test('expires RETENTION_DAYS after the last session: the sweep removes every key of the group, also at the next start', async () => {
    const dataDir = tempDir();
    const store = await createLeveldbStore(dataDir);
    await start(store);
    const early = await givenGroup('Werkzaak voorjaar 2027');
    clock += 100 * DAY;
    const later = await givenGroup('Werkzaak najaar 2027', [null, null, null, null, '2027-12-01']);
    const [earlyListed, laterListed] = [await listed(early.group.id), await listed(later.group.id)];
    // The early group's last session was its second room; the later one keeps its planned fifth session.
    expect(earlyListed!.expiresAt).toBe(START + DEFAULT_RETENTION_DAYS * DAY);
    expect(laterListed!.expiresAt).toBe(Date.parse('2027-12-01T23:59:59Z') + DEFAULT_RETENTION_DAYS * DAY);

    clock = START + DEFAULT_RETENTION_DAYS * DAY - 1;
    expect(await server.sweepRetention()).toEqual([]);
    clock += 1;
    expect(await server.sweepRetention()).toEqual([early.group.id]);
    expect(await keysOf(store, early.group.id, early.codes)).toEqual([]);
    expect((await keysOf(store, later.group.id, later.codes)).length).toBeGreaterThan(8);

    // A laptop that was off past the date deletes at its next start.
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
    clock = laterListed!.expiresAt + DAY;
    const reopened = await createLeveldbStore(dataDir);
    await start(reopened);
    await vi.waitFor(async () => expect(await keysOf(reopened, later.group.id, later.codes)).toEqual([]));
    expect(await listGroups(server.origin, TRAINER_HEADERS)).toEqual([]);
  });

});

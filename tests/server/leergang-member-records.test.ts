/**
 * A leergang's members are kept in records of their own: a join stores its member before it is
 * answered, and writes no more for the 30th member than for the first (the whole group was
 * rewritten per join before: at 2,000 joins, 306 MB). Groups stored the old way keep their members.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import { hashSecret } from '../../server/auth.ts';
import type { GroupRecord } from '../../server/groups.ts';
import { createMemoryStore } from '../../server/store/memory-store.ts';
import { createPersonalCode } from '../../src/shared/personal-code.ts';
import { createGroup, listGroups, openGroupSession } from '../../src/sync/group-api.ts';
import { joinRoom } from '../../src/sync/room-api.ts';
import { createCountingStore } from '../support/counting-store.ts';
import { leergangManifest } from '../support/leergang-fixture.ts';
import { startTestServer, TRAINER_HEADERS, type TestServer } from '../support/test-server.ts';

describe('the members of a leergang in the store', () => {
  let server: TestServer;
  afterEach(async () => server?.close());

  test('a join writes as much for the 30th new member as for the first, not the whole group', async () => {
    const store = createCountingStore(createMemoryStore());
    server = await startTestServer({ store, manifest: leergangManifest() });
    const group = await createGroup(server.origin, { name: 'Grote zaal' }, TRAINER_HEADERS);
    const room = await openGroupSession(server.origin, group.id, 1, TRAINER_HEADERS);
    const bytesPerJoin: number[] = [];
    for (let i = 0; i < 30; i++) {
      const before = store.recordWrites.length;
      await joinRoom(server.origin, room.code);
      bytesPerJoin.push(store.recordWrites.slice(before).reduce((sum, write) => sum + write.bytes, 0));
    }
    expect(bytesPerJoin[0]).toBeGreaterThan(0);
    expect(Math.max(...bytesPerJoin)).toBeLessThanOrEqual(bytesPerJoin[0] * 1.1);
    expect((await listGroups(server.origin, TRAINER_HEADERS))[0].members.map((m) => m.pseudonym)).toEqual(
      Array.from({ length: 30 }, (_, i) => `Deelnemer ${i + 1}`),
    );
  });

  test('a group stored with its members inside its record keeps them: they log in with their code and the next one gets the next number', async () => {
    const store = createMemoryStore();
    const code = createPersonalCode((count) => randomBytes(count));
    const sessions = [1, 2, 3, 4, 5].map((n) => ({ session: n, deck: `sessie-${n}`, plannedDate: null, room: null }));
    const old: GroupRecord = {
      id: 'a1b2c3d4e5f6', name: 'Oude groep', organisation: '', trainers: [], createdAt: Date.now(), sessions,
      members: [{ id: 'm1', number: 1, codeHash: hashSecret(code), joinedAt: Date.now(), sessions: {} }],
    };
    await store.putRecord('groups', [old.id]);
    await store.putRecord(`group:${old.id}`, old);
    server = await startTestServer({ store, manifest: leergangManifest() });
    const room = await openGroupSession(server.origin, old.id, 1, TRAINER_HEADERS);
    expect((await joinRoom(server.origin, room.code, undefined, { personalCode: code })).member).toMatchObject({ id: 'm1', pseudonym: 'Deelnemer 1' });
    expect((await joinRoom(server.origin, room.code)).member?.pseudonym).toBe('Deelnemer 2');
    expect((await listGroups(server.origin, TRAINER_HEADERS))[0].members.map((m) => [m.pseudonym, m.attended])).toEqual([
      ['Deelnemer 1', [1]],
      ['Deelnemer 2', [1]],
    ]);
    // Moved out of the group's record, into records of their own.
    expect((await store.getRecord<GroupRecord>(`group:${old.id}`))?.members).toBeUndefined();
  });
});

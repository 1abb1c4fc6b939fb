/**
 * A leergang (training group) is created once and opens its five sessions from there, each in a
 * room of its own session deck, the same room on every trainer's laptop, kept across a restart.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Manifest } from '../../server/manifest.ts';
import { ApiError, joinRoom } from '../../src/sync/room-api.ts';
import { createGroup, findGroupSession, listGroups, openGroupSession } from '../../src/sync/group-api.ts';
import { fixtureManifest } from '../support/fixture-manifest.ts';
import { startTestServer, tempDir, TRAINER_HEADERS, type TestServer } from '../support/test-server.ts';

/** The fixture decks, with `basis` standing in for the session decks a build has. */
function sessionManifest(sessions: number[]): Manifest {
  const manifest = fixtureManifest();
  for (const n of sessions) manifest.decks[`sessie-${n}`] = { ...manifest.decks.basis, title: `Sessie ${n}` };
  return manifest;
}

const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: unknown) => (error instanceof ApiError ? `${error.status} ${error.message}` : String(error)),
  );

const GROUP = { name: 'Werkzaak voorjaar 2027', organisation: 'Werkzaak Rivierenland', trainers: ['Anna de Vries', 'Bram Jansen'], plannedDates: ['2027-03-04', '2027-03-11'] };

describe('a leergang', () => {
  let server: TestServer;
  afterEach(async () => server?.close());

  test('is the trainer\'s: listing, creating and opening sessions need the trainer credential', async () => {
    server = await startTestServer({ manifest: sessionManifest([1, 2, 3, 4, 5]) });
    expect(await statusOf(listGroups(server.origin))).toMatch(/^401/);
    expect(await statusOf(createGroup(server.origin, GROUP))).toMatch(/^401/);
    const group = await createGroup(server.origin, GROUP, TRAINER_HEADERS);
    expect(await statusOf(openGroupSession(server.origin, group.id, 1))).toMatch(/^401/);
  });

  test('is created once with its five sessions, planned or not, and refuses a name missing or a date that is none', async () => {
    server = await startTestServer({ manifest: sessionManifest([1, 2, 3, 4, 5]) });
    const group = await createGroup(server.origin, GROUP, TRAINER_HEADERS);
    expect(group).toMatchObject({ name: GROUP.name, organisation: GROUP.organisation, trainers: GROUP.trainers });
    expect(group.sessions.map((s) => [s.session, s.deck, s.plannedDate, s.room])).toEqual([
      [1, 'sessie-1', '2027-03-04', null],
      [2, 'sessie-2', '2027-03-11', null],
      [3, 'sessie-3', null, null],
      [4, 'sessie-4', null, null],
      [5, 'sessie-5', null, null],
    ]);
    expect(await listGroups(server.origin, TRAINER_HEADERS)).toEqual([group]);
    expect(await statusOf(createGroup(server.origin, { name: '  ' }, TRAINER_HEADERS))).toBe('400 De naam van de leergang ontbreekt.');
    expect(await statusOf(createGroup(server.origin, { name: 'x', plannedDates: ['4 maart'] }, TRAINER_HEADERS))).toBe(
      '400 De datum van bijeenkomst 1 is geen datum (jjjj-mm-dd).',
    );
    expect(await listGroups(server.origin, TRAINER_HEADERS)).toHaveLength(1);
  });

  test('opens each session in a room of its session deck, the same room for a co-trainer, kept across a restart', async () => {
    const dataDir = tempDir();
    server = await startTestServer({ dataDir, manifest: sessionManifest([1, 2, 3, 4, 5]) });
    const group = await createGroup(server.origin, GROUP, TRAINER_HEADERS);
    const first = await openGroupSession(server.origin, group.id, 1, TRAINER_HEADERS);
    expect(first.deck).toBe('sessie-1');
    // A second laptop with the trainer credential gets the same room, secret included.
    const again = await openGroupSession(server.origin, group.id, 1, TRAINER_HEADERS);
    expect([again.code, again.secret]).toEqual([first.code, first.secret]);
    const third = await openGroupSession(server.origin, group.id, 3, TRAINER_HEADERS);
    expect(third.code).not.toBe(first.code);
    // A phone joins the session's room like any other.
    expect((await joinRoom(server.origin, first.code)).code).toBe(first.code);
    // The list shows which sessions have a room, never the rooms' secrets.
    const [listed] = await listGroups(server.origin, TRAINER_HEADERS);
    expect(listed.sessions.map((s) => s.room?.code ?? null)).toEqual([first.code, null, third.code, null, null]);
    expect(JSON.stringify(listed)).not.toContain(first.secret);

    await server.close();
    server = await startTestServer({ dataDir, manifest: sessionManifest([1, 2, 3, 4, 5]) });
    expect((await listGroups(server.origin, TRAINER_HEADERS)).map((g) => g.name)).toEqual([GROUP.name]);
    const after = await openGroupSession(server.origin, group.id, 1, TRAINER_HEADERS);
    expect([after.code, after.secret]).toEqual([first.code, first.secret]);
  });

  test('has sessions 1 to 5 of its session decks only: no other number, no deck the build lacks, no unknown group', async () => {
    server = await startTestServer({ manifest: sessionManifest([1, 2, 3, 4]) });
    const group = await createGroup(server.origin, GROUP, TRAINER_HEADERS);
    expect(await statusOf(openGroupSession(server.origin, group.id, 5, TRAINER_HEADERS))).toMatch(/^409 .*no deck "sessie-5"/);
    expect(await statusOf(openGroupSession(server.origin, group.id, 6, TRAINER_HEADERS))).toMatch(/^409 /);
    expect(await statusOf(openGroupSession(server.origin, group.id, 0, TRAINER_HEADERS))).toMatch(/^409 /);
    expect(await statusOf(openGroupSession(server.origin, 'nope', 1, TRAINER_HEADERS))).toMatch(/^404 /);
  });

  test('lets a later session find an earlier session\'s room without making one', async () => {
    server = await startTestServer({ manifest: sessionManifest([1, 2, 3, 4, 5]) });
    const group = await createGroup(server.origin, GROUP, TRAINER_HEADERS);
    expect(await statusOf(findGroupSession(server.origin, group.id, 1, TRAINER_HEADERS))).toMatch(/^404 /);
    const [listed] = await listGroups(server.origin, TRAINER_HEADERS);
    expect(listed.sessions[0].room).toBeNull();
    const first = await openGroupSession(server.origin, group.id, 1, TRAINER_HEADERS);
    const found = await findGroupSession(server.origin, group.id, 1, TRAINER_HEADERS);
    expect([found.code, found.secret, found.deck]).toEqual([first.code, first.secret, 'sessie-1']);
    expect(await statusOf(findGroupSession(server.origin, group.id, 1))).toMatch(/^401/);
  });
});

/**
 * Participants stay themselves across a leergang's sessions: a phone that joined once is the
 * same member in the next session (its member token), a new phone becomes that member again
 * with the personal code, and nobody becomes someone else by guessing or forging.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Manifest } from '../../server/manifest.ts';
import { WRONG_PERSONAL_CODE } from '../../server/member-claim.ts';
import { createGroup, listGroups, openGroupSession } from '../../src/sync/group-api.ts';
import { ApiError, joinRoom, type Membership } from '../../src/sync/room-api.ts';
import { createRoom } from '../../src/sync/trainer-api.ts';
import { fixtureManifest } from '../support/fixture-manifest.ts';
import { startTestServer, tempDir, TRAINER_HEADERS, type TestServer } from '../support/test-server.ts';

function sessionManifest(): Manifest {
  const manifest = fixtureManifest();
  for (const n of [1, 2, 3, 4, 5]) manifest.decks[`sessie-${n}`] = { ...manifest.decks.basis, title: `Sessie ${n}` };
  return manifest;
}

const held = (member: Membership) => ({ members: [{ group: member.group.id, id: member.id, token: member.token }] });
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'joined',
    (error: unknown) => (error instanceof ApiError ? `${error.status} ${error.message}` : String(error)),
  );

describe('members of a leergang', () => {
  let server: TestServer;
  afterEach(async () => server?.close());

  async function groupWithSessions(sessions: number[]) {
    const group = await createGroup(server.origin, { name: 'Werkzaak voorjaar 2027' }, TRAINER_HEADERS);
    const rooms = await Promise.all(sessions.map((n) => openGroupSession(server.origin, group.id, n, TRAINER_HEADERS)));
    return { group, rooms };
  }

  test('a phone becomes a member at its first join, with a personal code, and is the same member in the next session', async () => {
    server = await startTestServer({ manifest: sessionManifest() });
    const { group, rooms: [one, two] } = await groupWithSessions([1, 2]);
    const first = await joinRoom(server.origin, one.code);
    expect(first.member).toMatchObject({ group: { id: group.id, name: 'Werkzaak voorjaar 2027' }, pseudonym: 'Deelnemer 1' });
    expect(first.member!.personalCode).toMatch(/^[A-HJKMNP-Z2-9]{10}$/);
    const other = await joinRoom(server.origin, one.code);
    expect(other.member!.pseudonym).toBe('Deelnemer 2');

    const next = await joinRoom(server.origin, two.code, undefined, held(first.member!));
    expect(next.member).toMatchObject({ id: first.member!.id, pseudonym: 'Deelnemer 1' });
    // Only a new member gets a code: the phone already has it.
    expect(next.member!.personalCode).toBeUndefined();
    const [listed] = await listGroups(server.origin, TRAINER_HEADERS);
    expect(listed.members).toEqual([
      expect.objectContaining({ pseudonym: 'Deelnemer 1', attended: [1, 2] }),
      expect.objectContaining({ pseudonym: 'Deelnemer 2', attended: [1] }),
    ]);
  });

  test('a new phone is the same member again with the personal code, typed with spaces or dashes in any case', async () => {
    server = await startTestServer({ manifest: sessionManifest() });
    const { rooms: [one, two] } = await groupWithSessions([1, 2]);
    const first = await joinRoom(server.origin, one.code);
    const code = first.member!.personalCode!;
    const typed = `${code.slice(0, 5).toLowerCase()} - ${code.slice(5)}`;
    const again = await joinRoom(server.origin, two.code, undefined, { personalCode: typed });
    expect(again.member).toMatchObject({ id: first.member!.id, pseudonym: 'Deelnemer 1' });
  });

  test('a wrong personal code gets a clear message, takes no seat, and counts against the address until it is blocked', async () => {
    server = await startTestServer({ manifest: sessionManifest(), limits: { failedJoinBurst: 3, failedJoinsPerSecond: 0.001 } });
    const { rooms: [one] } = await groupWithSessions([1]);
    const first = await joinRoom(server.origin, one.code);
    const wrong = first.member!.personalCode!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(await failureOf(joinRoom(server.origin, one.code, undefined, { personalCode: wrong }))).toBe(`404 ${WRONG_PERSONAL_CODE}`);
    expect(await failureOf(joinRoom(server.origin, one.code, undefined, { personalCode: 'kort' }))).toBe(`404 ${WRONG_PERSONAL_CODE}`);
    // Guessing stops: after enough wrong codes even the right one waits.
    let last = '';
    for (let i = 0; i < 50 && !last.startsWith('429'); i++) last = await failureOf(joinRoom(server.origin, one.code, undefined, { personalCode: wrong }));
    expect(last).toMatch(/^429/);
    expect(await failureOf(joinRoom(server.origin, one.code, undefined, { personalCode: first.member!.personalCode! }))).toMatch(/^429/);
    const [listed] = await listGroups(server.origin, TRAINER_HEADERS);
    expect(listed.members).toHaveLength(1);
  });

  test('a forged token, or another group\'s member, makes a new member, never that one', async () => {
    server = await startTestServer({ manifest: sessionManifest() });
    const { rooms: [one] } = await groupWithSessions([1]);
    const { rooms: [elsewhere] } = await groupWithSessions([1]);
    const first = await joinRoom(server.origin, one.code);
    const forged = await joinRoom(server.origin, one.code, undefined, held({ ...first.member!, token: 'x'.repeat(43) }));
    expect(forged.member!.id).not.toBe(first.member!.id);
    const otherGroup = await joinRoom(server.origin, elsewhere.code, undefined, held(first.member!));
    expect(otherGroup.member!.id).not.toBe(first.member!.id);
    expect(otherGroup.member!.pseudonym).toBe('Deelnemer 1');
  });

  test('a room outside a leergang has no members, and the members are kept across a restart', async () => {
    const dataDir = tempDir();
    server = await startTestServer({ dataDir, manifest: sessionManifest() });
    const oneOff = await createRoom(server.origin, 'basis', TRAINER_HEADERS);
    expect((await joinRoom(server.origin, oneOff.code)).member).toBeUndefined();
    const { group, rooms: [one] } = await groupWithSessions([1]);
    const first = await joinRoom(server.origin, one.code);
    await server.close();
    server = await startTestServer({ dataDir, manifest: sessionManifest() });
    const two = await openGroupSession(server.origin, group.id, 2, TRAINER_HEADERS);
    expect((await joinRoom(server.origin, two.code, undefined, held(first.member!))).member!.id).toBe(first.member!.id);
  });
});

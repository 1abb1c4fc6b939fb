/**
 * The attendance register of a leergang: who was at which session (a phone of theirs joined, or
 * the trainer ticked them present), downloadable as Excel with Dutch headers and as CSV.
 */
import readXlsxFile from 'read-excel-file/node';
import { afterEach, describe, expect, test } from 'vitest';
import type { Manifest } from '../../server/manifest.ts';
import { addMemberWithoutPhone, createGroup, fetchRegister, listGroups, openGroupSession, setPresence } from '../../src/sync/group-api.ts';
import { ApiError, joinRoom } from '../../src/sync/room-api.ts';
import { fixtureManifest } from '../support/fixture-manifest.ts';
import { startTestServer, TRAINER_HEADERS, type TestServer } from '../support/test-server.ts';

function sessionManifest(): Manifest {
  const manifest = fixtureManifest();
  for (const n of [1, 2, 3, 4, 5]) manifest.decks[`sessie-${n}`] = { ...manifest.decks.basis, title: `Sessie ${n}` };
  return manifest;
}

const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: unknown) => (error instanceof ApiError ? error.status : -1),
  );

describe('the attendance register of a leergang', () => {
  let server: TestServer;
  afterEach(async () => server?.close());

  test('counts a member present where a phone of theirs joined or the trainer ticked them, and downloads as Excel and CSV', async () => {
    server = await startTestServer({ manifest: sessionManifest() });
    const group = await createGroup(server.origin, { name: 'Werkzaak voorjaar 2027' }, TRAINER_HEADERS);
    const [one, two] = await Promise.all([1, 2].map((n) => openGroupSession(server.origin, group.id, n, TRAINER_HEADERS)));
    const anna = (await joinRoom(server.origin, one.code)).member!;
    await joinRoom(server.origin, two.code, undefined, { members: [{ group: group.id, id: anna.id, token: anna.token }] });
    const bram = (await joinRoom(server.origin, one.code)).member!;
    // Someone without a phone: the trainer adds them and ticks session 2.
    const cees = await addMemberWithoutPhone(server.origin, group.id, TRAINER_HEADERS);
    expect(cees).toMatchObject({ pseudonym: 'Deelnemer 3', personalCode: expect.stringMatching(/^[A-HJKMNP-Z2-9]{10}$/) });
    await setPresence(server.origin, { group: group.id, session: 2, member: cees.id, present: true }, TRAINER_HEADERS);
    await setPresence(server.origin, { group: group.id, session: 3, member: bram.id, present: true }, TRAINER_HEADERS);
    await setPresence(server.origin, { group: group.id, session: 3, member: bram.id, present: false }, TRAINER_HEADERS);

    const [listed] = await listGroups(server.origin, TRAINER_HEADERS);
    expect(listed.members.map((m) => [m.pseudonym, m.attended, m.ticked])).toEqual([
      ['Deelnemer 1', [1, 2], []],
      ['Deelnemer 2', [1], []],
      ['Deelnemer 3', [], [2]],
    ]);

    const [sheet] = await readXlsxFile(Buffer.from(await (await fetchRegister(server.origin, group.id, 'xlsx', TRAINER_HEADERS)).arrayBuffer()));
    expect(sheet.sheet).toBe('Aanwezigheid');
    const rows = sheet.data;
    expect(rows).toEqual([
      ['Deelnemer', 'Bijeenkomst 1', 'Bijeenkomst 2', 'Bijeenkomst 3', 'Bijeenkomst 4', 'Bijeenkomst 5', 'Aantal bijgewoond'],
      ['Deelnemer 1', true, true, false, false, false, 2],
      ['Deelnemer 2', true, false, false, false, false, 1],
      ['Deelnemer 3', false, true, false, false, false, 1],
    ]);
    const csv = await (await fetchRegister(server.origin, group.id, 'csv', TRAINER_HEADERS)).text();
    expect(csv.split('\r\n')[0]).toBe('member,session_1,session_2,session_3,session_4,session_5,attended');
    expect(csv).toContain('Deelnemer 3,false,true,false,false,false,1');

    // The member without a phone joins a later session with the code the trainer handed over.
    const three = await openGroupSession(server.origin, group.id, 3, TRAINER_HEADERS);
    expect((await joinRoom(server.origin, three.code, undefined, { personalCode: cees.personalCode })).member!.id).toBe(cees.id);
  });

  test('is the trainer\'s alone, and refuses an unknown member or session', async () => {
    server = await startTestServer({ manifest: sessionManifest() });
    const group = await createGroup(server.origin, { name: 'Groep' }, TRAINER_HEADERS);
    const one = await openGroupSession(server.origin, group.id, 1, TRAINER_HEADERS);
    const member = (await joinRoom(server.origin, one.code)).member!;
    expect(await statusOf(fetchRegister(server.origin, group.id, 'xlsx'))).toBe(401);
    expect(await statusOf(fetchRegister(server.origin, 'nope', 'csv', TRAINER_HEADERS))).toBe(404);
    expect(await statusOf(setPresence(server.origin, { group: group.id, session: 1, member: member.id, present: true }))).toBe(401);
    expect(await statusOf(addMemberWithoutPhone(server.origin, group.id))).toBe(401);
    expect(await statusOf(setPresence(server.origin, { group: group.id, session: 1, member: 'nobody', present: true }, TRAINER_HEADERS))).toBe(404);
    expect(await statusOf(setPresence(server.origin, { group: group.id, session: 6, member: member.id, present: true }, TRAINER_HEADERS))).toBe(409);
  });
});

/**
 * Deleting a member of a leergang, by the trainer or by the member on their phone: everything of
 * theirs leaves every session room, the downloads and the store, their phones are shut out, and
 * nobody else loses anything or changes pseudonym.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createLeveldbStore } from '../../server/store/leveldb-store.ts';
import type { Store } from '../../server/store/store.ts';
import { NOT_A_MEMBER } from '../../server/member-auth.ts';
import { participantDocName } from '../../src/shared/doc-names.ts';
import { createGroup, deleteMember, fetchRegister, listGroups, openGroupSession, setPresence } from '../../src/sync/group-api.ts';
import type { LiveRoom } from '../../src/sync/live-room.ts';
import { ParticipantSession } from '../../src/sync/participant-session.ts';
import { call, type Membership } from '../../src/sync/room-api.ts';
import { fetchResults } from '../../src/sync/trainer-api.ts';
import WebSocket from 'ws';
import { joinPhone, leergangManifest, openTaskAsTrainer, writeTask, type Phone } from '../support/leergang-fixture.ts';
import { startTestServer, tempDir, TRAINER_HEADERS, type TestServer } from '../support/test-server.ts';

const ANNA = ['ANNA-EERSTE-OPDRACHT over haar team', 'ANNA-TWEEDE-OPDRACHT na de tweede keer'];
const BRAM = 'BRAM-OPDRACHT blijft bewaard';
const CHRIS = 'CHRIS-PRIVE-OPDRACHT niet gedeeld';

/** Every stored document as bytes, by name. */
async function storedDocs(store: Store): Promise<Map<string, Buffer>> {
  const docs = new Map<string, Buffer>();
  for (const name of (await store.keys()).docs) docs.set(name, Buffer.from((await store.loadDoc(name)) ?? []));
  return docs;
}
const holding = (docs: Map<string, Buffer>, text: string) => [...docs].filter(([, bytes]) => bytes.includes(text)).map(([name]) => name);

describe('deleting a member of a leergang', () => {
  let server: TestServer;
  const clients: { destroy(): void }[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.close();
  });

  /** Anna, Bram and Chris in session 1, Anna and Bram in session 2, each with their transfer task. */
  async function leergang() {
    const store = await createLeveldbStore(tempDir());
    server = await startTestServer({ store, manifest: leergangManifest() });
    const group = await createGroup(server.origin, { name: 'Werkzaak voorjaar 2027' }, TRAINER_HEADERS);
    const rooms = [await openGroupSession(server.origin, group.id, 1, TRAINER_HEADERS), await openGroupSession(server.origin, group.id, 2, TRAINER_HEADERS)];
    const trainers: LiveRoom[] = [];
    for (const room of rooms) trainers.push(await openTaskAsTrainer(server.origin, room));
    const one: Phone[] = [];
    for (let i = 0; i < 3; i++) one.push(await joinPhone(server.origin, rooms[0].code));
    const [anna, bram, chris] = one.map((phone) => phone.seat.member!);
    one[0].session.setNickname('Anna');
    await writeTask(one[0], trainers[0], ANNA[0]);
    await writeTask(one[1], trainers[0], BRAM);
    await writeTask(one[2], trainers[0], CHRIS, false);
    const two = [await joinPhone(server.origin, rooms[1].code, anna), await joinPhone(server.origin, rooms[1].code, bram)];
    await writeTask(two[0], trainers[1], ANNA[1]);
    await writeTask(two[1], trainers[1], BRAM);
    await setPresence(server.origin, { group: group.id, session: 3, member: anna.id, present: true }, TRAINER_HEADERS);
    clients.push(...trainers, ...[...one, ...two].map((phone) => phone.session));
    return { store, group, rooms, trainers, anna, bram, chris, annasPhones: [one[0], two[0]], others: [one[1], one[2], two[1]] };
  }

  test('takes everything of theirs out of every room, the downloads and the store; the others keep theirs and their pseudonyms', async () => {
    const { store, group, rooms, trainers, anna, annasPhones, others } = await leergang();
    expect(holding(await storedDocs(store), ANNA[0]).length).toBeGreaterThan(0);

    expect(await deleteMember(server.origin, group.id, anna.id, TRAINER_HEADERS)).toEqual({ deleted: true });

    // Her phones are told, and her answers leave the trainer's screens.
    for (const phone of annasPhones) await vi.waitFor(() => expect(phone.session.isRemoved).toBe(true));
    for (const [i, trainer] of trainers.entries()) {
      const pid = annasPhones[i].seat.pid;
      await vi.waitFor(() => expect([...trainer.answers.keys()].some((key) => key.includes(pid))).toBe(false));
      expect(trainer.people.has(pid)).toBe(false);
    }
    expect([...trainers[0].answers.values()].map((answer) => answer.value)).toEqual([{ text: BRAM, share: true }, { share: false }]);
    // The group page, the register and the results downloads know only the others, under their own numbers.
    const [listed] = await listGroups(server.origin, TRAINER_HEADERS);
    expect(listed.members.map((m) => m.pseudonym)).toEqual(['Deelnemer 2', 'Deelnemer 3']);
    const register = await (await fetchRegister(server.origin, group.id, 'csv', TRAINER_HEADERS)).text();
    expect(register).not.toContain('Deelnemer 1');
    expect(register).toContain('Deelnemer 2');
    for (const [i, room] of rooms.entries()) {
      const download = await (await fetchResults(server.origin, room, 'csv', TRAINER_HEADERS)).text();
      expect(download).not.toContain(ANNA[i]);
      expect(download).toContain(BRAM);
    }
    // The store: none of her documents, none of her texts or her nickname in any document's bytes, not in the group record.
    const docs = await storedDocs(store);
    for (const phone of annasPhones) expect([...docs.keys()].filter((name) => name.includes(phone.seat.pid))).toEqual([]);
    for (const text of [...ANNA, 'Anna']) expect(holding(docs, text)).toEqual([]);
    expect(JSON.stringify(await store.getRecord(`group:${group.id}`))).not.toContain(anna.id);
    expect(holding(docs, BRAM)).toHaveLength(4); // each room's results and Bram's own document
    expect(holding(docs, CHRIS)).toEqual([participantDocName(rooms[0].code, others[1].seat.pid)]);

    // Her phone coming back (its copy still holds her task) is refused and writes nothing back.
    const again = new ParticipantSession(server.origin, annasPhones[0].seat, WebSocket);
    clients.push(again);
    await vi.waitFor(() => expect(again.isRemoved).toBe(true));
    again.answer('transfer', { text: 'ANNA-TERUG', share: true });
    await writeTask(others[0], trainers[0], `${BRAM} (bijgewerkt)`);
    const after = await storedDocs(store);
    expect([...after.keys()].filter((name) => name.includes(annasPhones[0].seat.pid))).toEqual([]);
    expect(holding(after, ANNA[0])).toEqual([]);
    expect(holding(after, 'ANNA-TERUG')).toEqual([]);

    // A new member gets a new number: "Deelnemer 1" is never someone else.
    const newcomer = await joinPhone(server.origin, rooms[1].code);
    clients.push(newcomer.session);
    expect(newcomer.seat.member!.pseudonym).toBe('Deelnemer 4');
  });

  test('a member deletes their own data with their token or personal code; another member\'s token is refused', async () => {
    const { group, anna, bram, chris, annasPhones } = await leergang();
    const credentials = (member: Membership) => ({ group: group.id, member: member.id, token: member.token });
    const refused = call(server.origin, '/api/member/delete', { ...credentials(anna), token: bram.token });
    await expect(refused).rejects.toMatchObject({ status: 401, message: NOT_A_MEMBER });
    expect((await listGroups(server.origin, TRAINER_HEADERS))[0].members).toHaveLength(3);

    expect(await call(server.origin, '/api/member/delete', credentials(anna))).toEqual({ deleted: true });
    for (const phone of annasPhones) await vi.waitFor(() => expect(phone.session.isRemoved).toBe(true));
    // Done is done: the same token is no member any more.
    await expect(call(server.origin, '/api/member/delete', credentials(anna))).rejects.toMatchObject({ status: 401 });
    expect(await call(server.origin, '/api/member/delete', { personalCode: chris.personalCode })).toEqual({ deleted: true });
    expect((await listGroups(server.origin, TRAINER_HEADERS))[0].members.map((m) => m.id)).toEqual([bram.id]);
  });

  test('the trainer\'s deletion needs the trainer, and an existing member', async () => {
    const { group, anna } = await leergang();
    await expect(call(server.origin, '/api/groups/member/delete', { group: group.id, member: anna.id })).rejects.toMatchObject({ status: 401 });
    await expect(deleteMember(server.origin, group.id, 'nobody', TRAINER_HEADERS)).rejects.toMatchObject({ status: 404 });
    expect((await listGroups(server.origin, TRAINER_HEADERS))[0].members).toHaveLength(3);
  });
});

/**
 * Fault: the server is killed with `kill -9` in the middle of a leergang. Whatever it had
 * acknowledged — a phone's join (attendance), the trainer's tick, a transfer task the trainer's
 * screen counted, the name a member typed for their certificate — is there after the restart.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import WebSocket from 'ws';
import { createGroup, listGroups, openGroupSession, setPresence } from '../../src/sync/group-api.ts';
import { fetchMemberHistory, saveCertificateName } from '../../src/sync/member-api.ts';
import { ParticipantSession } from '../../src/sync/participant-session.ts';
import { joinPhone, leergangDistDir, openTaskAsTrainer, TASK, writeTask, type Phone } from '../support/leergang-fixture.ts';
import { spawnServer, type ServerProcess } from '../support/server-process.ts';
import { tempDir, TRAINER_HEADERS } from '../support/test-server.ts';

const TASKS = ['Ik vraag elke vrijdag hoe het gaat', 'Ik laat Sem zelf de planning maken', 'Ik stop met invullen voor een ander'];

describe('a leergang\'s server killed with kill -9', () => {
  const started: ServerProcess[] = [];
  const clients: { destroy(): void }[] = [];
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of started) if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
  });

  test('loses no attendance, tick, transfer task or certificate name it had acknowledged', async () => {
    const env = { DATA_DIR: tempDir(), DIST_DIR: leergangDistDir() };
    const first = await spawnServer(env);
    started.push(first);
    const group = await createGroup(first.origin, { name: 'Werkzaak voorjaar 2027' }, TRAINER_HEADERS);
    const one = await openGroupSession(first.origin, group.id, 1, TRAINER_HEADERS);
    const trainer = await openTaskAsTrainer(first.origin, one);
    clients.push(trainer);
    const phones: Phone[] = [];
    for (let i = 0; i < 3; i++) phones.push(await joinPhone(first.origin, one.code));
    clients.push(...phones.map((phone) => phone.session));
    for (const [i, phone] of phones.entries()) await writeTask(phone, trainer, TASKS[i], i === 0);
    const two = await openGroupSession(first.origin, group.id, 2, TRAINER_HEADERS);
    const trainerTwo = await openTaskAsTrainer(first.origin, two);
    const again = await joinPhone(first.origin, two.code, phones[0].seat.member);
    clients.push(trainerTwo, again.session);
    const member = phones[1].seat.member!;
    const credentials = { group: member.group.id, member: member.id, token: member.token };
    await saveCertificateName(first.origin, credentials, 'Zoë Ğülşen');
    // The last acknowledgement, then at once the kill.
    await setPresence(first.origin, { group: group.id, session: 2, member: phones[2].seat.member!.id, present: true }, TRAINER_HEADERS);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await spawnServer(env);
    started.push(second);
    const [listed] = await listGroups(second.origin, TRAINER_HEADERS);
    expect(listed.members.map(({ pseudonym, attended, ticked }) => ({ pseudonym, attended, ticked }))).toEqual([
      { pseudonym: 'Deelnemer 1', attended: [1, 2], ticked: [] },
      { pseudonym: 'Deelnemer 2', attended: [1], ticked: [] },
      { pseudonym: 'Deelnemer 3', attended: [1], ticked: [2] },
    ]);
    // Each phone, coming back without a copy of its own, gets its task from the server, shared or not.
    for (const [i, phone] of phones.entries()) {
      const back = new ParticipantSession(second.origin, phone.seat, WebSocket);
      clients.push(back);
      await vi.waitFor(() => expect(back.answers.get(TASK)?.value).toEqual({ text: TASKS[i], share: i === 0 }));
    }
    const { history } = await fetchMemberHistory(second.origin, credentials);
    expect(history.certificate.name).toBe('Zoë Ğülşen');
    const trainerAgain = await openTaskAsTrainer(second.origin, one);
    clients.push(trainerAgain);
    await vi.waitFor(() => expect(trainerAgain.tallyOf(TASK)).toMatchObject({ written: 3, shared: 1 }));
  });
});

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { RoleplayDefinition, RoleplayProgress } from '../../src/kinds/roleplay/model.ts';
import { hashText } from '../../src/shared/kind/moderation.ts';
import { inboxDocName, participantDocName, publicStageDocName, resultsDocName, stageDocName } from '../../src/shared/doc-names.ts';
import { fixtureManifest } from '../support/fixture-manifest.ts';
import { joinAsSpy, type PhoneSpy } from '../support/phone-spy.ts';
import { expectClosedWith, openAsParticipant, updateFrom } from '../support/raw-socket.ts';
import { connectTrainer, startTestServer, type TestServer } from '../support/test-server.ts';

const perk = fixtureManifest().decks.rollenspel.exercises.perk as RoleplayDefinition;

describe('what a phone receives', () => {
  let server: TestServer;
  let trainer: Awaited<ReturnType<typeof connectTrainer>> | undefined;
  let phones: PhoneSpy[];

  /** Every phone joins as a spy: whatever any of them receives is checked. */
  async function joinPhones(count: number) {
    for (let i = 0; i < count; i++) phones.push(await joinAsSpy(server.origin, trainer!.code));
    await vi.waitFor(() => expect(trainer!.online()).toHaveLength(count));
  }

  /** Both what arrived on the phone's sockets and what its documents hold. */
  const everythingOf = (phone: PhoneSpy) => [phone.received(), phone.held()];

  beforeEach(async () => {
    server = await startTestServer();
    phones = [];
  });

  afterEach(async () => {
    for (const phone of phones) phone.session.destroy();
    trainer?.destroy();
    trainer = undefined;
    await server.close();
  });

  test('an open question with two answers on the projector: no phone receives another one\'s pid, nickname, hidden answer or the hash that ties a text to its sender', async () => {
    const ID = 'nodig';
    const texts = ['Geduld en een vast aanspreekpunt', 'Duidelijke taken op papier', 'Iemand die meeloopt in de pauze'];
    const nicknames = ['Zwaantje Q', 'Krelis W', 'Ybeltje V'];
    trainer = await connectTrainer(server.origin, { deck: 'open' });
    await joinPhones(3);
    phones.forEach((phone, i) => phone.session.setNickname(nicknames[i]));
    trainer.arrive({ h: 1, v: 0 }, ID);
    for (const phone of phones) await vi.waitFor(() => expect(phone.session.current()?.state.status).toBe('open'));
    phones.forEach((phone, i) => phone.session.answer(ID, texts[i]));
    await vi.waitFor(() => expect(trainer!.answersFor(ID, 1)).toHaveLength(3));
    await vi.waitFor(() => expect([...trainer!.people.values()].map((person) => person.nickname).sort()).toEqual([...nicknames].sort()));
    // The first two answers go on the projector, the third stays hidden; then the trainer reveals.
    trainer.move(ID, { type: 'show', pid: phones[0].seat.pid });
    trainer.move(ID, { type: 'show', pid: phones[1].seat.pid });
    trainer.control(ID, 'reveal');
    for (const phone of phones) {
      await vi.waitFor(() => expect(phone.session.current()?.state).toMatchObject({ status: 'revealed', reveal: { shown: [texts[1], texts[0]] } }));
    }

    for (const [i, phone] of phones.entries()) {
      const others = phones.filter((other) => other !== phone);
      for (const [where, text] of everythingOf(phone).entries()) {
        const what = `phone ${i}, ${where === 0 ? 'bytes received' : 'documents held'}`;
        for (const other of others) expect(text.includes(other.seat.pid), `${what}: another phone's pid`).toBe(false);
        for (const nickname of nicknames.filter((_, n) => n !== i)) expect(text.includes(nickname), `${what}: ${nickname}`).toBe(false);
        if (i !== 2) expect(text.includes(texts[2]), `${what}: the hidden answer`).toBe(false);
        for (const answer of texts) expect(text.includes(hashText(answer)), `${what}: the hash of "${answer}"`).toBe(false);
      }
    }
    // Each phone still knows whether its own answer is on the projector.
    expect(phones.map((phone) => phone.session.current()?.own)).toEqual([{ shownText: texts[0] }, { shownText: texts[1] }, undefined]);
  });

  test('role cards: each phone receives only its own group, role and briefing, and only an observer the checklist', async () => {
    const ID = 'perk';
    trainer = await connectTrainer(server.origin, { deck: 'rollenspel' });
    await joinPhones(4);
    trainer.arrive({ h: 2, v: 0 }, ID);
    for (const phone of phones) await vi.waitFor(() => expect(phone.session.current()?.state.status).toBe('open'));
    trainer.move(ID, { type: 'groepen', size: 3 });
    for (const phone of phones) await vi.waitFor(() => expect(phone.session.current()?.state.prompt).toMatchObject({ phase: 'groups' }));
    const groups = (trainer.exercises.get(ID)!.progress as RoleplayProgress).groups!;

    const expectOnlyOwnRole = () => {
      for (const [i, phone] of phones.entries()) {
        const { role } = groups[phone.seat.pid];
        for (const [where, text] of everythingOf(phone).entries()) {
          const what = `phone ${i} (${role}), ${where === 0 ? 'bytes received' : 'documents held'}`;
          for (const other of phones.filter((p) => p !== phone)) expect(text.includes(other.seat.pid), `${what}: another phone's pid`).toBe(false);
          for (const [otherRole, briefing] of Object.entries(perk.roles!)) {
            if (otherRole !== role) expect(text.includes(briefing), `${what}: the ${otherRole}'s briefing`).toBe(false);
          }
          if (role !== 'observator') for (const item of perk.checklist) expect(text.includes(item), `${what}: the checklist`).toBe(false);
        }
      }
    };
    expectOnlyOwnRole();
    // Once each phone has its own card, it still holds nothing of the others'.
    for (const phone of phones) {
      const { group, role } = groups[phone.seat.pid];
      const card = { group, role, briefing: perk.roles![role], ...(role === 'observator' ? { checklist: perk.checklist } : {}) };
      await vi.waitFor(() => expect(phone.session.current()?.own).toEqual(card));
    }
    expectOnlyOwnRole();
  });

  test('a phone is refused the trainer\'s stage, the results and another phone\'s documents, before the upgrade', async () => {
    trainer = await connectTrainer(server.origin);
    await joinPhones(2);
    const [phone, other] = phones.map((p) => p.seat);
    const code = trainer.code;
    for (const docName of [stageDocName(code), resultsDocName(code), inboxDocName(code, other.pid), participantDocName(code, other.pid)]) {
      await expect(openAsParticipant(server.origin, phone, docName), docName).rejects.toThrow('HTTP 401');
    }
    for (const docName of [publicStageDocName(code), inboxDocName(code, phone.pid)]) {
      const socket = await openAsParticipant(server.origin, phone, docName);
      socket.ws.close();
    }
  });

  test('a phone that writes the public stage or its own inbox is closed as a read-only connection, and nothing of it stays', async () => {
    trainer = await connectTrainer(server.origin);
    await joinPhones(1);
    trainer.arrive({ h: 2, v: 0 }, 'overschat');
    const [phone] = phones;
    await vi.waitFor(() => expect(phone.session.current()?.state.status).toBe('open'));
    const stage = await openAsParticipant(server.origin, phone.seat, publicStageDocName(trainer.code));
    stage.sendUpdate(updateFrom((doc) => doc.getMap('stage').set('current', 'banen')));
    await expectClosedWith(stage, 'forbidden');
    const inbox = await openAsParticipant(server.origin, phone.seat, inboxDocName(trainer.code, phone.seat.pid));
    inbox.sendUpdate(updateFrom((doc) => doc.getMap('own').set('overschat', { shownText: 'x' })));
    await expectClosedWith(inbox, 'forbidden');
    expect(phone.session.current()).toMatchObject({ id: 'overschat', own: undefined });
  });
});

/**
 * Online join (decision 0089) against a real server: a phone that came through the link for a
 * video call's chat says so, the server records it where only the trainer reads it, a forged value
 * counts as the room, no phone learns where the others are, and role-play groups keep online
 * participants together.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { RoleplayProgress } from '../../src/kinds/roleplay/model.ts';
import { resultsDocName } from '../../src/shared/doc-names.ts';
import { joinRoom } from '../../src/sync/room-api.ts';
import { joinAsSpy, type PhoneSpy } from '../support/phone-spy.ts';
import { openAsParticipant } from '../support/raw-socket.ts';
import { connectTrainer, startTestServer, type TestServer } from '../support/test-server.ts';

describe('joining online', () => {
  let server: TestServer;
  let trainer: Awaited<ReturnType<typeof connectTrainer>> | undefined;
  let phones: PhoneSpy[];

  const join = async (body: Record<string, unknown>) => {
    const phone = await joinAsSpy(server.origin, trainer!.code, body);
    phones.push(phone);
    return phone;
  };
  const whereOf = (phone: PhoneSpy) => trainer!.people.get(phone.seat.pid)?.joinedOnline;

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

  test('the trainer sees who joined online; a phone in the room has no mark', async () => {
    trainer = await connectTrainer(server.origin);
    const online = await join({ online: true });
    const inRoom = await join({});
    await vi.waitFor(() => expect(trainer!.online()).toHaveLength(2));
    expect(whereOf(online)).toBe(true);
    expect(whereOf(inRoom)).toBeUndefined();
  });

  test('a forged value is the room: a string, a number, an object, the person field itself; the join still works', async () => {
    trainer = await connectTrainer(server.origin);
    const forged = [{ online: 'true' }, { online: 1 }, { online: { joinedOnline: true } }, { online: [true] }, { joinedOnline: true }, { online: null }];
    for (const body of forged) await join(body);
    await vi.waitFor(() => expect(trainer!.online()).toHaveLength(forged.length));
    for (const phone of phones) expect(trainer!.people.get(phone.seat.pid)).toEqual({ nickname: '', online: true, joinedAt: expect.any(Number) });
  });

  test('no phone learns where another is: not in what it receives, not in what it holds; the results stay closed to it', async () => {
    trainer = await connectTrainer(server.origin, { deck: 'rollenspel' });
    const [first] = [await join({ online: true }), await join({}), await join({ online: true })];
    await vi.waitFor(() => expect(trainer!.online()).toHaveLength(3));
    trainer.arrive({ h: 2, v: 0 }, 'perk');
    trainer.move('perk', { type: 'groepen', size: 2 });
    for (const phone of phones) await vi.waitFor(() => expect(phone.session.current()?.own).toMatchObject({ group: expect.any(Number) }));
    for (const phone of phones) {
      for (const text of [phone.received(), phone.held()]) expect(text.includes('joinedOnline')).toBe(false);
    }
    await expect(openAsParticipant(server.origin, first.seat, resultsDocName(trainer.code))).rejects.toThrow('HTTP 401');
  });

  test('role-play groups keep online participants together, however they joined in turn', async () => {
    trainer = await connectTrainer(server.origin, { deck: 'rollenspel' });
    for (const online of [false, true, false, true, false, true, false, true]) await join(online ? { online: true } : {});
    await vi.waitFor(() => expect(trainer!.online()).toHaveLength(8));
    trainer.arrive({ h: 2, v: 0 }, 'perk');
    trainer.move('perk', { type: 'groepen', size: 2 });
    await vi.waitFor(() => expect((trainer!.exercises.get('perk')?.progress as RoleplayProgress | undefined)?.phase).toBe('groups'));
    const groups = (trainer.exercises.get('perk')!.progress as RoleplayProgress).groups!;
    const groupsOf = (isOnline: boolean) => new Set(phones.filter((phone) => (whereOf(phone) === true) === isOnline).map((phone) => groups[phone.seat.pid].group));
    expect([...groupsOf(false)].sort()).toEqual([1, 2]);
    expect([...groupsOf(true)].sort()).toEqual([3, 4]);
    // Each phone's own card says its group: the online ones play in groups 3 and 4.
    for (const phone of phones) await vi.waitFor(() => expect(phone.session.current()?.own).toMatchObject({ group: groups[phone.seat.pid].group }));
  });

  test('a typed code (no link) still joins as before', async () => {
    trainer = await connectTrainer(server.origin);
    const seat = await joinRoom(server.origin, trainer.code);
    await vi.waitFor(() => expect(trainer!.people.get(seat.pid)).toBeDefined());
    expect(trainer.people.get(seat.pid)?.joinedOnline).toBeUndefined();
  });
});

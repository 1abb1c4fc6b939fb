/**
 * Fault: a phone loses the venue wifi for a while and keeps answering. When it is back, what
 * is still open arrives, what the trainer closed or restarted meanwhile is refused, and the
 * refused answers do not take the phone's other offline answers down with them.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { joinRoom } from '../../src/sync/room-api.ts';
import { startCuttableProxy } from '../support/cuttable-proxy.ts';
import { connectParticipant, connectTrainer, countsOf, startTestServer, type TestServer } from '../support/test-server.ts';

const BACK_ONLINE = { timeout: 10_000 };

describe('a phone offline for a while, answering meanwhile', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  test('delivers the answers still open when back, and its refused ones leave the others intact', async () => {
    server = await startTestServer();
    const proxy = await startCuttableProxy(server.port);
    const trainer = await connectTrainer(server.origin);
    const seat = await joinRoom(server.origin, trainer.code);
    const phone = await connectParticipant(proxy.origin, trainer.code, seat);
    const online = await connectParticipant(server.origin, trainer.code);
    // Four exercises opened one after the other: each stays open until the trainer acts on it.
    trainer.arrive({ h: 2, v: 0 }, 'overschat');
    trainer.arrive({ h: 3, v: 0 }, 'banen');
    trainer.arrive({ h: 4, v: 0 }, 'doelgroep');
    trainer.arrive({ h: 6, v: 0 }, 'zelfvertrouwen');
    await vi.waitFor(() => expect(phone.exercises.get('zelfvertrouwen')?.status).toBe('open'));

    proxy.cut();
    await vi.waitFor(() => expect(phone.isConnected).toBe(false));
    phone.answer('overschat', 'b');
    phone.answer('banen', 'a');
    phone.answer('doelgroep', ['a', 'c']);
    phone.answer('zelfvertrouwen', 7);
    // Meanwhile the trainer locks one exercise and starts a new round of another; others still answer.
    trainer.control('banen', 'lock');
    trainer.control('zelfvertrouwen', 'reset');
    online.answer('overschat', 'a');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 1, b: 0, c: 0 }));
    // Nothing of the offline phone has arrived.
    expect(trainer.answersFor('overschat', 1).map((entry) => entry.pid)).toEqual([online.pid]);

    proxy.restore();
    // Open in the same round: delivered. Locked, or answered for the old round: refused.
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 1, b: 1, c: 0 }), BACK_ONLINE);
    await vi.waitFor(() => expect(trainer.answersFor('doelgroep', 1)).toEqual([{ pid: seat.pid, value: ['a', 'c'] }]), BACK_ONLINE);
    await vi.waitFor(() => expect(phone.isSynced).toBe(true), BACK_ONLINE);
    expect(trainer.answersFor('banen', 1)).toEqual([]);
    expect(trainer.answersFor('zelfvertrouwen', 1)).toEqual([]);
    expect(trainer.answersFor('zelfvertrouwen', 2)).toEqual([]);
    // The phone shows what counts: its delivered answers kept, the refused ones gone.
    expect(phone.answers.get('overschat')).toEqual({ round: 1, value: 'b' });
    expect(phone.answers.get('doelgroep')).toEqual({ round: 1, value: ['a', 'c'] });
    expect(phone.answers.get('banen')).toBeUndefined();
    expect(phone.exercises.get('zelfvertrouwen')?.round).toBe(2);

    // And it answers the new round like any phone.
    phone.answer('zelfvertrouwen', 8);
    await vi.waitFor(() => expect(trainer.answersFor('zelfvertrouwen', 2)).toEqual([{ pid: seat.pid, value: 8 }]));
    for (const client of [phone, online, trainer]) client.destroy();
    await proxy.close();
  });

  test('after a long time away it is still the same participant, and its answers count once', async () => {
    server = await startTestServer();
    const proxy = await startCuttableProxy(server.port);
    const trainer = await connectTrainer(server.origin);
    const seat = await joinRoom(server.origin, trainer.code);
    const phone = await connectParticipant(proxy.origin, trainer.code, seat);
    phone.setNickname('Sanne');
    trainer.arrive({ h: 2, v: 0 }, 'overschat');
    await vi.waitFor(() => expect(trainer.people.get(seat.pid)).toMatchObject({ nickname: 'Sanne', online: true }));
    await vi.waitFor(() => expect(phone.exercises.get('overschat')?.status).toBe('open'));
    phone.answer('overschat', 'a');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 1, b: 0, c: 0 }));

    proxy.cut();
    // The server notices the phone is gone: the trainer sees it offline.
    await vi.waitFor(() => expect(trainer.people.get(seat.pid)?.online).toBe(false));
    phone.answer('overschat', 'c'); // changes its mind while away
    trainer.arrive({ h: 3, v: 0 }, 'banen'); // the trainer moves on; the phone does not know yet

    proxy.restore();
    await vi.waitFor(() => expect(trainer.people.get(seat.pid)?.online).toBe(true), BACK_ONLINE);
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 0, b: 0, c: 1 }), BACK_ONLINE);
    await vi.waitFor(() => expect(phone.current()?.id).toBe('banen'), BACK_ONLINE);
    expect(trainer.people.size).toBe(1);
    phone.answer('banen', 'b');
    await vi.waitFor(() => expect(countsOf(trainer, 'banen')).toEqual({ a: 0, b: 1 }));
    for (const client of [phone, trainer]) client.destroy();
    await proxy.close();
  });
});

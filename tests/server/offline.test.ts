import { afterEach, describe, expect, test, vi } from 'vitest';
import { joinRoom } from '../../src/sync/room-api.ts';
import { startCuttableProxy } from '../support/cuttable-proxy.ts';
import { connectParticipant, connectTrainer, countsOf, startTestServer, type TestServer } from '../support/test-server.ts';

describe('a phone that loses the network', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  test('keeps an answer given while offline and delivers it when back', async () => {
    server = await startTestServer();
    const proxy = await startCuttableProxy(server.port);
    const trainer = await connectTrainer(server.origin);
    const seat = await joinRoom(server.origin, trainer.code);
    const phone = await connectParticipant(proxy.origin, trainer.code, seat);
    trainer.arrive({ h: 2, v: 0 }, 'overschat');
    await vi.waitFor(() => expect(phone.current()?.state.status).toBe('open'));

    proxy.cut();
    await vi.waitFor(() => expect(phone.isConnected).toBe(false));
    phone.answer('overschat', 'c');
    expect(phone.current()?.answer).toBe('c');
    // Proof that it has not arrived: the server is reachable for others but holds no answer.
    expect(countsOf(trainer, 'overschat')).toEqual({ a: 0, b: 0, c: 0 });

    proxy.restore();
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 0, b: 0, c: 1 }), { timeout: 10_000 });
    phone.destroy();
    trainer.destroy();
    await proxy.close();
  });

  test('resyncs a fresh copy when its late answer is refused because the trainer locked meanwhile', async () => {
    server = await startTestServer();
    const proxy = await startCuttableProxy(server.port);
    const trainer = await connectTrainer(server.origin);
    const phone = await connectParticipant(proxy.origin, trainer.code);
    trainer.arrive({ h: 2, v: 0 }, 'overschat');
    await vi.waitFor(() => expect(phone.current()?.state.status).toBe('open'));

    proxy.cut();
    await vi.waitFor(() => expect(phone.isConnected).toBe(false));
    phone.answer('overschat', 'a');
    trainer.control('overschat', 'lock');
    proxy.restore();

    await vi.waitFor(() => expect(phone.current()?.state.status).toBe('locked'), { timeout: 10_000 });
    await vi.waitFor(() => expect(phone.isSynced && phone.current()?.answer === undefined).toBe(true), { timeout: 10_000 });
    expect(countsOf(trainer, 'overschat')).toEqual({ a: 0, b: 0, c: 0 });
    trainer.control('overschat', 'open');
    await vi.waitFor(() => expect(phone.current()?.state.status).toBe('open'));
    phone.answer('overschat', 'b');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat').b).toBe(1));
    phone.destroy();
    trainer.destroy();
    await proxy.close();
  });
});

describe('a phone that votes just as the trainer moves on', () => {
  test('is resynced, not cut off, when its vote names a role-play scene that is no longer on screen', async () => {
    const server = await startTestServer();
    const proxy = await startCuttableProxy(server.port);
    const trainer = await connectTrainer(server.origin, { deck: 'rollenspel' });
    const phone = await connectParticipant(proxy.origin, trainer.code);
    trainer.arrive({ h: 2, v: 0 }, 'perk');
    await vi.waitFor(() => expect(phone.current()?.state.status).toBe('open'));

    // The vote leaves the phone while the trainer already takes the step: it arrives stale.
    proxy.cut();
    await vi.waitFor(() => expect(phone.isConnected).toBe(false));
    phone.answer('perk', 'start/a');
    trainer.move('perk', { type: 'kies', choice: 'start/b' });
    proxy.restore();

    await vi.waitFor(() => expect(phone.current()?.state.round).toBe(2), { timeout: 10_000 });
    await vi.waitFor(() => expect(phone.isSynced && phone.current()?.answer === undefined).toBe(true), { timeout: 10_000 });
    phone.answer('perk', 'samen/a');
    await vi.waitFor(() => expect(countsOf(trainer, 'perk')['samen/a']).toBe(1));
    phone.destroy();
    trainer.destroy();
    await proxy.close();
    await server.close();
  });
});

/**
 * Fault: the disk fills up (or turns read-only) during a session. The server keeps serving from
 * memory, says so loudly in its log, on /health and to the trainer, and once writes work again
 * it stores what it held only in memory, so a restart loses nothing.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createLeveldbStore } from '../../server/store/leveldb-store.ts';
import { CANNOT_STORE_SINCE } from '../../src/shared/room-schema.ts';
import { joinRoom } from '../../src/sync/room-api.ts';
import { createFaultyStore } from '../support/faulty-store.ts';
import { connectParticipant, connectTrainer, countsOf, startTestServer, tempDir, type TestServer } from '../support/test-server.ts';

async function health(server: TestServer) {
  const response = await fetch(`${server.origin}/health`);
  return { status: response.status, text: await response.text() };
}

describe('a store whose writes fail during a session', () => {
  const servers: TestServer[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
  });

  test('keeps the room going, tells the trainer, and stores everything once writes work again', async () => {
    const dataDir = tempDir();
    const store = createFaultyStore(await createLeveldbStore(dataDir));
    const server = await startTestServer({ dataDir, store, storeRetryMs: 50 });
    servers.push(server);
    const trainer = await connectTrainer(server.origin);
    const seats = [await joinRoom(server.origin, trainer.code), await joinRoom(server.origin, trainer.code)];
    const phones = await Promise.all(seats.map((seat) => connectParticipant(server.origin, trainer.code, seat)));
    trainer.arrive({ h: 2, v: 0 }, 'overschat');
    await vi.waitFor(() => expect(phones.every((phone) => phone.current()?.state.status === 'open')).toBe(true));
    phones[0].answer('overschat', 'a');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 1, b: 0, c: 0 }));
    expect(trainer.serverStatus.has(CANNOT_STORE_SINCE)).toBe(false);
    expect(await health(server)).toEqual({ status: 200, text: 'ok' });

    store.failWrites();
    phones[1].answer('overschat', 'b');
    // Still served: the answer reaches the trainer, and the trainer is told it is in memory only.
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 1, b: 1, c: 0 }));
    await vi.waitFor(() => expect(trainer.serverStatus.get(CANNOT_STORE_SINCE)).toEqual(expect.any(Number)));
    expect(server.logs.some((line) => line.startsWith('CANNOT STORE') && line.includes('No space left on device'))).toBe(true);
    expect(await health(server)).toEqual({ status: 503, text: 'cannot store: IO error: No space left on device' });
    // The controls keep working too.
    trainer.control('overschat', 'lock');
    await vi.waitFor(() => expect(phones[0].current()?.state.status).toBe('locked'));

    // The disk has room again: without any new answer, the server stores what it held and says so.
    store.succeedWrites();
    await vi.waitFor(() => expect(trainer.serverStatus.has(CANNOT_STORE_SINCE)).toBe(false));
    expect(server.logs).toContain('STORE WORKS AGAIN: answers are being stored.');
    expect(await health(server)).toEqual({ status: 200, text: 'ok' });

    for (const client of [trainer, ...phones]) client.destroy();
    await server.close();
    servers.pop();
    const restarted = await startTestServer({ dataDir });
    servers.push(restarted);
    const screen = await connectTrainer(restarted.origin, trainer.room);
    expect(countsOf(screen, 'overschat')).toEqual({ a: 1, b: 1, c: 0 });
    expect(screen.exercises.get('overschat')?.status).toBe('locked');
    expect(screen.serverStatus.has(CANNOT_STORE_SINCE)).toBe(false);
    screen.destroy();
  });

  test('a trainer page reloaded while the store fails shows the warning from the start', async () => {
    const store = createFaultyStore(await createLeveldbStore(tempDir()));
    const server = await startTestServer({ store, storeRetryMs: 50 });
    servers.push(server);
    const trainer = await connectTrainer(server.origin);
    const { room } = trainer;
    trainer.arrive({ h: 1, v: 0 }, null);
    store.failWrites();
    trainer.arrive({ h: 2, v: 0 }, 'overschat'); // a stage write that fails
    await vi.waitFor(() => expect(trainer.serverStatus.has(CANNOT_STORE_SINCE)).toBe(true));
    trainer.destroy();
    // The trainer reloads: a second page on the same room reads the warning from the start.
    const reloaded = await connectTrainer(server.origin, room);
    expect(reloaded.serverStatus.has(CANNOT_STORE_SINCE)).toBe(true);
    store.succeedWrites();
    await vi.waitFor(() => expect(reloaded.serverStatus.has(CANNOT_STORE_SINCE)).toBe(false));
    reloaded.destroy();
  });
});

/**
 * A server that runs for days holds only the rooms in use: a room nobody is connected to leaves
 * memory (nothing holds its documents after a full collection), and comes back whole.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { stageDocName } from '../../src/shared/doc-names.ts';
import { collectGarbage } from '../support/collect-garbage.ts';
import { openRawSocket } from '../support/raw-socket.ts';
import { connectParticipant, connectTrainer, countsOf, startTestServer, type TestServer } from '../support/test-server.ts';

const SLIDE = { h: 2, v: 0 };
const UNLOADED = { timeout: 10_000, interval: 50 };

describe('rooms nobody is connected to', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ roomIdleMs: 1000 });
  });
  afterEach(async () => {
    await server.close();
  });

  test('leave memory once idle, and reload from the store with every answer when the trainer comes back', async () => {
    const trainer = await connectTrainer(server.origin);
    const phone = await connectParticipant(server.origin, trainer.code);
    trainer.arrive(SLIDE, 'overschat');
    await vi.waitFor(() => expect(phone.current()?.id).toBe('overschat'));
    phone.answer('overschat', 'b');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 0, b: 1, c: 0 }));
    expect(server.loadedRooms()).toBe(1);

    trainer.destroy();
    phone.destroy();
    await vi.waitFor(() => expect(server.loadedRooms()).toBe(0), UNLOADED);
    // Gone for real: a full collection takes all five of its documents (stage, results, public
    // stage, the phone's own and its inbox), so nothing still holds the freed room.
    await collectGarbage();
    expect(server.freedRoomDocs()).toEqual({ freed: 5, held: 0 });

    const back = await connectTrainer(server.origin, trainer.room);
    expect(server.loadedRooms()).toBe(1);
    expect(countsOf(back, 'overschat')).toEqual({ a: 0, b: 1, c: 0 });
    const phoneBack = await connectParticipant(server.origin, trainer.code);
    await vi.waitFor(() => expect(phoneBack.current()?.id).toBe('overschat'));
    phoneBack.answer('overschat', 'a');
    await vi.waitFor(() => expect(countsOf(back, 'overschat')).toEqual({ a: 1, b: 1, c: 0 }));
    back.destroy();
    phoneBack.destroy();
  });

  test('stay while anyone is connected, even a phone alone', async () => {
    const trainer = await connectTrainer(server.origin);
    const phone = await connectParticipant(server.origin, trainer.code);
    const other = await connectTrainer(server.origin);
    trainer.destroy();
    other.destroy();
    // The other room (nobody left) goes; this one stays for its phone.
    await vi.waitFor(() => expect(server.loadedRooms()).toBe(1), UNLOADED);
    expect(phone.isConnected).toBe(true);
    phone.destroy();
    await vi.waitFor(() => expect(server.loadedRooms()).toBe(0), UNLOADED);
  });
});

describe('codes of rooms that do not exist', () => {
  test('leave nothing behind: a thousand sockets asking for unknown rooms are refused and forgotten', async () => {
    // A budget this large keeps every attempt a plain refusal; the wrong guesses are not the point here.
    const server = await startTestServer({ limits: { failedJoinBurst: 100_000 } });
    try {
      const codes = Array.from({ length: 1000 }, (_, i) => `X${String(i).padStart(5, '0')}`);
      for (let at = 0; at < codes.length; at += 50) {
        const refusals = codes.slice(at, at + 50).map((code) =>
          openRawSocket(server.origin, stageDocName(code), { role: 'participant', pid: 'p'.repeat(16), token: 'x' }).then(
            () => 'open',
            (error: Error) => error.message,
          ),
        );
        expect(new Set(await Promise.all(refusals))).toEqual(new Set(['HTTP 401']));
      }
      expect(server.loadedRooms()).toBe(0);
      expect(server.trackedRooms()).toBe(0);
    } finally {
      await server.close();
    }
  });
});

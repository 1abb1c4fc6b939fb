/** Dead phones drop: the server pings every socket and closes one that stopped answering. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import WebSocket from 'ws';
import { participantDocName } from '../../src/shared/doc-names.ts';
import { syncUrl } from '../../src/sync/connect-doc.ts';
import { joinRoom, type ParticipantSeat } from '../../src/sync/room-api.ts';
import { connectParticipant, connectTrainer, startTestServer, type TestServer } from '../support/test-server.ts';

/** Short rounds for the test; long enough that a busy test machine still answers in time. */
const PING_INTERVAL_MS = 400;
const DROPPED = { timeout: 10_000, interval: 50 };

/** A socket on the seat's own document that counts the server's pings; `autoPong: false` plays a frozen phone. */
async function openOwnDoc(origin: string, seat: ParticipantSeat, { answersPings }: { answersPings: boolean }) {
  const query = new URLSearchParams({ role: 'participant', pid: seat.pid, token: seat.token });
  const ws = new WebSocket(`${syncUrl(origin)}/${participantDocName(seat.code, seat.pid)}?${query}`, { autoPong: answersPings });
  let pings = 0;
  ws.on('ping', () => (pings += 1));
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return { ws, closed, pings: () => pings };
}

describe('dead sockets', () => {
  let server: TestServer;
  let trainer: Awaited<ReturnType<typeof connectTrainer>>;
  beforeEach(async () => {
    server = await startTestServer({ limits: { pingIntervalMs: PING_INTERVAL_MS } });
    trainer = await connectTrainer(server.origin);
  });
  afterEach(async () => {
    trainer.destroy();
    await server.close();
  });

  test('a phone that stops answering pings is closed and shown offline, and no longer counts as online', async () => {
    const seat = await joinRoom(server.origin, trainer.code);
    const frozen = await openOwnDoc(server.origin, seat, { answersPings: false });
    await vi.waitFor(() => expect(trainer.people.get(seat.pid)?.online).toBe(true));
    expect(trainer.online()).toContain(seat.pid);

    await vi.waitFor(() => expect(trainer.people.get(seat.pid)?.online).toBe(false), DROPPED);
    expect(trainer.online()).not.toContain(seat.pid);
    // The server ended it without a close frame, as one does with a peer that is gone.
    expect(await frozen.closed).toBe(1006);
    expect(frozen.pings()).toBeGreaterThan(0);
  });

  test('a phone that answers stays connected and online across several ping rounds', async () => {
    const phone = await connectParticipant(server.origin, trainer.code);
    let drops = 0;
    phone.addEventListener('change', () => void (!phone.isConnected && (drops += 1)));
    const listener = await openOwnDoc(server.origin, await joinRoom(server.origin, trainer.code), { answersPings: true });
    // Pings reach every socket in the same round: three for this one means the phone went through them too.
    await vi.waitFor(() => expect(listener.pings()).toBeGreaterThanOrEqual(3), DROPPED);
    expect(listener.ws.readyState).toBe(WebSocket.OPEN);
    expect(drops).toBe(0);
    expect(phone.isConnected).toBe(true);
    expect(trainer.people.get(phone.pid)?.online).toBe(true);
    expect(trainer.online()).toEqual(expect.arrayContaining([phone.pid]));
    phone.destroy();
    listener.ws.close();
  });
});

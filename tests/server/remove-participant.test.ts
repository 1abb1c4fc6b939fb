import { afterEach, describe, expect, test, vi } from 'vitest';
import { CLOSE } from '../../src/shared/close-codes.ts';
import { participantDocName, publicStageDocName } from '../../src/shared/doc-names.ts';
import { ApiError, joinRoom } from '../../src/sync/room-api.ts';
import { fetchResults, removeParticipant } from '../../src/sync/trainer-api.ts';
import { openAsParticipant, type RawSocket } from '../support/raw-socket.ts';
import { connectParticipant, connectTrainer, countsOf, startTestServer, tempDir, type TestServer, TRAINER_HEADERS } from '../support/test-server.ts';

/** Resolves with the close code, and how many messages the server sent before closing. */
async function closeOf(socket: RawSocket): Promise<{ code: number; messages: number }> {
  let messages = 0;
  socket.ws.on('message', () => (messages += 1));
  const { code } = await socket.closed;
  return { code, messages };
}

describe('removing a participant', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  test('deletes its answers and person from the results, the tally and the export, and closes its sockets with 4410', async () => {
    server = await startTestServer();
    const trainer = await connectTrainer(server.origin);
    const seat = await joinRoom(server.origin, trainer.code);
    const [stuffer, honest] = [await connectParticipant(server.origin, trainer.code, seat), await connectParticipant(server.origin, trainer.code)];
    stuffer.setNickname('Vuller');
    trainer.arrive({ h: 2, v: 0 }, 'overschat');
    await vi.waitFor(() => expect([stuffer, honest].every((phone) => phone.current()?.state.status === 'open')).toBe(true));
    stuffer.answer('overschat', 'a');
    honest.answer('overschat', 'b');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 1, b: 1, c: 0 }));
    const sockets = [
      await openAsParticipant(server.origin, seat, publicStageDocName(trainer.code)),
      await openAsParticipant(server.origin, seat, participantDocName(trainer.code, stuffer.pid)),
    ];

    await removeParticipant(server.origin, trainer.room, stuffer.pid, TRAINER_HEADERS);

    for (const socket of sockets) expect((await socket.closed).code).toBe(CLOSE.removed.code);
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 0, b: 1, c: 0 }));
    expect(trainer.people.has(stuffer.pid)).toBe(false);
    expect([...trainer.answers.keys()].some((key) => key.includes(stuffer.pid))).toBe(false);
    const csv = await (await fetchResults(server.origin, trainer.room, 'csv', TRAINER_HEADERS)).text();
    expect(csv).toContain(',overschat,choice,1,b,true,,');
    expect(csv).not.toMatch(/^answer,[^,]*,overschat,choice,1,a,/m);
    expect(csv.match(/^answer,/gm)).toHaveLength(1);
    // Its phone was told too, and stays out: what it still sends never reaches the results.
    await vi.waitFor(() => expect(stuffer.isConnected).toBe(false));
    stuffer.answer('overschat', 'c');
    honest.answer('overschat', 'c');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 0, b: 0, c: 1 }));
    expect(trainer.people.has(stuffer.pid)).toBe(false);
    for (const client of [trainer, stuffer, honest]) client.destroy();
  });

  test('refuses the removed participant for good, also after a restart, and frees its seat', async () => {
    const dataDir = tempDir();
    server = await startTestServer({ dataDir });
    const first = await connectTrainer(server.origin, { deck: 'kleine-groep' });
    const removed = await joinRoom(server.origin, first.code);
    await joinRoom(server.origin, first.code);
    await expect(joinRoom(server.origin, first.code)).rejects.toMatchObject({ status: 409 });
    await removeParticipant(server.origin, first.room, removed.pid, TRAINER_HEADERS);
    await vi.waitFor(() => expect(first.people.has(removed.pid)).toBe(false));
    first.destroy();
    await server.close();

    server = await startTestServer({ dataDir });
    const trainer = await connectTrainer(server.origin, first.room);
    expect(trainer.people.size).toBe(1);
    expect(trainer.people.has(removed.pid)).toBe(false);
    for (const docName of [publicStageDocName(trainer.code), participantDocName(trainer.code, removed.pid)]) {
      const again = await openAsParticipant(server.origin, removed, docName);
      expect(await closeOf(again)).toEqual({ code: CLOSE.removed.code, messages: 0 });
    }
    expect(trainer.people.has(removed.pid)).toBe(false);
    // The seat it held is free: one more phone gets in, the one after that does not.
    await joinRoom(server.origin, trainer.code);
    await expect(joinRoom(server.origin, trainer.code)).rejects.toMatchObject({ status: 409 });
    trainer.destroy();
  });

  test('needs the room\'s secret, and only removes someone who joined this room', async () => {
    server = await startTestServer();
    const [trainer, other] = [await connectTrainer(server.origin), await connectTrainer(server.origin)];
    const phone = await connectParticipant(server.origin, trainer.code);
    const wrongSecret = removeParticipant(server.origin, { code: trainer.code, secret: other.room.secret }, phone.pid, TRAINER_HEADERS);
    await expect(wrongSecret).rejects.toMatchObject({ status: 404 });
    await expect(removeParticipant(server.origin, other.room, phone.pid, TRAINER_HEADERS)).rejects.toThrow(ApiError);
    // The room's secret alone is not enough: the trainer credential is needed too.
    const anonymous = await fetch(`${server.origin}/api/rooms/${trainer.code}/participants/${phone.pid}/remove`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${trainer.room.secret}` },
      body: '{}',
    });
    expect(anonymous.status).toBe(401);
    expect(phone.isConnected).toBe(true);
    expect(trainer.people.has(phone.pid)).toBe(true);
    for (const client of [trainer, other, phone]) client.destroy();
  });
});

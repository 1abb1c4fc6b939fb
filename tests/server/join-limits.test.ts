import { afterEach, describe, expect, test, vi } from 'vitest';
import { participantDocName, stageDocName } from '../../src/shared/doc-names.ts';
import { ApiError, createRoom, fetchResults, joinRoom, resumeRoom } from '../../src/sync/room-api.ts';
import { FIXTURE_DECK } from '../support/fixture-manifest.ts';
import { openAsParticipant, openRawSocket } from '../support/raw-socket.ts';
import { connectParticipant, connectTrainer, countsOf, startTestServer, type TestServer } from '../support/test-server.ts';

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    if (error instanceof ApiError) return error.status;
    throw error;
  }
}

describe('joining a room', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  test('accepts codes typed in lower case, with spaces or a dash', async () => {
    server = await startTestServer();
    const { code } = await createRoom(server.origin, FIXTURE_DECK);
    const typed = `${code.slice(0, 3).toLowerCase()} - ${code.slice(3)}`;
    expect((await joinRoom(server.origin, typed)).code).toBe(code);
  });

  test('slows down guessing: after the failure budget even a right code is refused for a while', async () => {
    server = await startTestServer({ limits: { failedJoinBurst: 10, failedJoinsPerSecond: 0.01 } });
    const { code } = await createRoom(server.origin, FIXTURE_DECK);
    const guesses = [];
    for (let i = 0; i < 12; i++) guesses.push(await statusOf(joinRoom(server.origin, 'AAAAAA')));
    expect(guesses.slice(0, 10)).toEqual(Array(10).fill(404));
    expect(guesses.at(-1)).toBe(429);
    expect(await statusOf(joinRoom(server.origin, code))).toBe(429);
  });

  test('lets a whole hall behind one address in: successful joins are never limited', async () => {
    server = await startTestServer({ limits: { failedJoinBurst: 10, failedJoinsPerSecond: 0.01 } });
    const { code } = await createRoom(server.origin, FIXTURE_DECK);
    const seats = [];
    for (let i = 0; i < 300; i++) seats.push(await joinRoom(server.origin, code));
    expect(new Set(seats.map((seat) => seat.pid)).size).toBe(300);
    // A few typos in the hall stay within the budget and do not lock the others out.
    for (let i = 0; i < 5; i++) expect(await statusOf(joinRoom(server.origin, 'AAAAAA'))).toBe(404);
    expect(await statusOf(joinRoom(server.origin, code))).toBe(200);
  });

  test('does not open a room for a deck that was not built', async () => {
    server = await startTestServer();
    expect(await statusOf(createRoom(server.origin, 'bestaat-niet'))).toBe(404);
  });
});

describe('wrong guesses from an address behind the same NAT', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  /** A budget of ten wrong guesses that does not refill during the test. */
  const SLOW_REFILL = { failedJoinBurst: 10, failedJoinsPerSecond: 0.001 };

  async function blockThisAddress() {
    for (let i = 0; i < 11; i++) await statusOf(joinRoom(server.origin, 'AAAAAA'));
    expect(await statusOf(joinRoom(server.origin, 'AAAAAA'))).toBe(429);
  }

  test('never block joins by the link: its join key lets the whole hall in, while a typed code waits', async () => {
    server = await startTestServer({ limits: SLOW_REFILL });
    const trainer = await connectTrainer(server.origin);
    const { code, joinKey } = trainer.room;
    await blockThisAddress();
    expect(await statusOf(joinRoom(server.origin, code))).toBe(429);
    const seats = [];
    for (let i = 0; i < 20; i++) seats.push(await joinRoom(server.origin, code, joinKey));
    expect(new Set(seats.map((seat) => seat.pid)).size).toBe(20);
    // A key that is not this code's is no key: a guesser cannot make one up.
    expect(await statusOf(joinRoom(server.origin, code, `${joinKey.slice(1)}x`))).toBe(429);
    expect(await statusOf(joinRoom(server.origin, 'AAAAAA', joinKey))).toBe(429);
    trainer.destroy();
  });

  test('never block reconnects with valid credentials; sockets with wrong ones are still refused', async () => {
    server = await startTestServer({ limits: SLOW_REFILL });
    const trainer = await connectTrainer(server.origin);
    trainer.arrive({ h: 2, v: 0 }, 'overschat');
    const seat = await joinRoom(server.origin, trainer.code);
    const phone = await connectParticipant(server.origin, trainer.code, seat);
    phone.destroy();
    await blockThisAddress();

    const own = await openAsParticipant(server.origin, seat, participantDocName(trainer.code, seat.pid));
    own.ws.close();
    const back = await connectParticipant(server.origin, trainer.code, seat);
    await vi.waitFor(() => expect(back.current()?.state.status).toBe('open'));
    back.answer('overschat', 'c');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 0, b: 0, c: 1 }));
    const trainerBack = await connectTrainer(server.origin, trainer.room);
    expect(trainerBack.stage.get('current')).toBe('overschat');
    // The trainer's deck resumes its room and downloads the results with the secret.
    expect((await resumeRoom(server.origin, trainer.code, trainer.room.secret)).code).toBe(trainer.code);
    expect((await (await fetchResults(server.origin, trainer.room, 'csv')).text())).toContain('overschat');
    expect(await statusOf(resumeRoom(server.origin, trainer.code, 'wrong'))).toBe(429);

    const stage = stageDocName(trainer.code);
    await expect(openRawSocket(server.origin, stage, { role: 'participant', pid: seat.pid, token: 'x' })).rejects.toThrow('HTTP 429');
    const other = await joinRoom(server.origin, trainer.code, trainer.room.joinKey);
    await expect(openAsParticipant(server.origin, { ...other, token: seat.token }, participantDocName(trainer.code, other.pid))).rejects.toThrow('HTTP 429');
    back.destroy();
    trainerBack.destroy();
    trainer.destroy();
  });
});

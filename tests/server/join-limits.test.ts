import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ParticipantSession } from '../../src/sync/participant-session.ts';
import { participantDocName, stageDocName } from '../../src/shared/doc-names.ts';
import { CAP, REFUSED_FULL } from '../../src/shared/room-schema.ts';
import { ApiError, joinRoom, type ParticipantSeat } from '../../src/sync/room-api.ts';
import { createRoom, fetchResults, resumeRoom } from '../../src/sync/trainer-api.ts';
import { FIXTURE_DECK } from '../support/fixture-manifest.ts';
import { openAsParticipant, openRawSocket } from '../support/raw-socket.ts';
import { connectParticipant, connectTrainer, countsOf, startTestServer, TRAINER_HEADERS, type TestServer } from '../support/test-server.ts';

/** The HTTP status of a call, and the server's message when it refused. */
async function outcomeOf(promise: Promise<unknown>): Promise<{ status: number; message?: string }> {
  try {
    await promise;
    return { status: 200 };
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, message: error.message };
    throw error;
  }
}
const statusOf = async (promise: Promise<unknown>) => (await outcomeOf(promise)).status;

describe('joining a room', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  test('accepts codes typed in lower case, with spaces or a dash', async () => {
    server = await startTestServer();
    const { code } = await createRoom(server.origin, FIXTURE_DECK, TRAINER_HEADERS);
    const typed = `${code.slice(0, 3).toLowerCase()} - ${code.slice(3)}`;
    expect((await joinRoom(server.origin, typed)).code).toBe(code);
  });

  test('slows down guessing: after the failure budget even a right code is refused for a while', async () => {
    server = await startTestServer({ limits: { failedJoinBurst: 10, failedJoinsPerSecond: 0.01 } });
    const { code } = await createRoom(server.origin, FIXTURE_DECK, TRAINER_HEADERS);
    const guesses = [];
    for (let i = 0; i < 12; i++) guesses.push(await statusOf(joinRoom(server.origin, 'AAAAAA')));
    expect(guesses.slice(0, 10)).toEqual(Array(10).fill(404));
    expect(guesses.at(-1)).toBe(429);
    expect(await statusOf(joinRoom(server.origin, code))).toBe(429);
  });

  test('limits successful joins per address: a burst gets in, the next is told in Dutch to try again soon', async () => {
    server = await startTestServer({ limits: { joinBurst: 20, joinsPerSecond: 0.001, failedJoinBurst: 5, failedJoinsPerSecond: 0.01 } });
    const { code } = await createRoom(server.origin, FIXTURE_DECK, TRAINER_HEADERS);
    const seats = [];
    for (let i = 0; i < 20; i++) seats.push(await joinRoom(server.origin, code));
    expect(new Set(seats.map((seat) => seat.pid)).size).toBe(20);
    for (let i = 0; i < 3; i++) {
      const over = await outcomeOf(joinRoom(server.origin, code));
      expect(over.status).toBe(429);
      expect(over.message).toMatch(/^Te veel aanmeldingen tegelijk.*probeer het zo weer/);
    }
    // Joins over the limit are not failed guesses: they do not use up the budget for typos.
    for (let i = 0; i < 5; i++) expect(await statusOf(joinRoom(server.origin, 'AAAAAA'))).toBe(404);
  });

  test('refuses a join over the deck\'s cap ("deelnemers: 2") with 409, and the trainer sees the refusals', async () => {
    server = await startTestServer();
    const trainer = await connectTrainer(server.origin, { deck: 'kleine-groep' });
    await joinRoom(server.origin, trainer.code);
    await joinRoom(server.origin, trainer.code);
    const full = await outcomeOf(joinRoom(server.origin, trainer.code));
    expect(full).toEqual({ status: 409, message: 'Deze sessie is vol. Vraag de trainer.' });
    expect(await statusOf(joinRoom(server.origin, trainer.code))).toBe(409);
    // Refusals close together are written together, within a second.
    await vi.waitFor(() => expect(trainer.serverStatus.get(REFUSED_FULL)).toBe(2), { timeout: 5000 });
    expect(trainer.serverStatus.get(CAP)).toBe(2);
    expect(trainer.people.size).toBe(2);
    trainer.destroy();
  });

  test('a deck without its own cap gets the default cap for a training group', async () => {
    server = await startTestServer({ limits: { participantCap: 3 } });
    const trainer = await connectTrainer(server.origin, { deck: 'kennis' });
    for (let i = 0; i < 3; i++) await joinRoom(server.origin, trainer.code);
    expect(await statusOf(joinRoom(server.origin, trainer.code))).toBe(409);
    await vi.waitFor(() => expect(trainer.serverStatus.get(CAP)).toBe(3));
    trainer.destroy();
  });

  test('one address looping joins and answers cannot stuff a 4-option poll: joins beyond the cap are refused', async () => {
    server = await startTestServer({ limits: { participantCap: 30 } });
    const trainer = await connectTrainer(server.origin, { deck: 'peiling' });
    const honest = await connectParticipant(server.origin, trainer.code);
    trainer.arrive({ h: 1, v: 0 }, 'organisatie');
    await vi.waitFor(() => expect(honest.current()?.state.status).toBe('open'));
    honest.answer('organisatie', 'b');

    const seats: ParticipantSeat[] = [];
    let refused = 0;
    for (let i = 0; i < 1000; i++) {
      try {
        seats.push(await joinRoom(server.origin, trainer.code));
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 409)) throw error;
        refused += 1;
      }
    }
    expect(seats).toHaveLength(29);
    expect(refused).toBe(971);

    const stuffers: ParticipantSession[] = [];
    for (const seat of seats) stuffers.push(await connectParticipant(server.origin, trainer.code, seat));
    await vi.waitFor(() => expect(stuffers.every((phone) => phone.current()?.state.status === 'open')).toBe(true));
    for (const phone of stuffers) phone.answer('organisatie', 'a');
    await vi.waitFor(() => expect(countsOf(trainer, 'organisatie')).toEqual({ a: 29, b: 1, c: 0, d: 0 }));
    await vi.waitFor(() => expect(trainer.serverStatus.get(REFUSED_FULL)).toBe(971), { timeout: 5000 });
    expect(trainer.people.size).toBe(30);
    for (const phone of [honest, ...stuffers]) phone.destroy();
    trainer.destroy();
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
    expect((await resumeRoom(server.origin, trainer.code, trainer.room.secret, TRAINER_HEADERS)).code).toBe(trainer.code);
    expect((await (await fetchResults(server.origin, trainer.room, 'csv', TRAINER_HEADERS)).text())).toContain('overschat');
    expect(await statusOf(resumeRoom(server.origin, trainer.code, 'wrong', TRAINER_HEADERS))).toBe(429);

    const stage = stageDocName(trainer.code);
    await expect(openRawSocket(server.origin, stage, { role: 'participant', pid: seat.pid, token: 'x' })).rejects.toThrow('HTTP 429');
    const other = await joinRoom(server.origin, trainer.code, trainer.room.joinKey);
    await expect(openAsParticipant(server.origin, { ...other, token: seat.token }, participantDocName(trainer.code, other.pid))).rejects.toThrow('HTTP 429');
    back.destroy();
    trainerBack.destroy();
    trainer.destroy();
  });
});

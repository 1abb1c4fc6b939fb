import { afterEach, describe, expect, test } from 'vitest';
import { ApiError, createRoom, joinRoom } from '../../src/sync/room-api.ts';
import { FIXTURE_DECK } from '../support/fixture-manifest.ts';
import { startTestServer, TRAINER_HEADERS, type TestServer } from '../support/test-server.ts';

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

  test('lets a whole hall behind one address in: successful joins are never limited', async () => {
    server = await startTestServer({ limits: { failedJoinBurst: 10, failedJoinsPerSecond: 0.01 } });
    const { code } = await createRoom(server.origin, FIXTURE_DECK, TRAINER_HEADERS);
    const seats = [];
    for (let i = 0; i < 300; i++) seats.push(await joinRoom(server.origin, code));
    expect(new Set(seats.map((seat) => seat.pid)).size).toBe(300);
    // A few typos in the hall stay within the budget and do not lock the others out.
    for (let i = 0; i < 5; i++) expect(await statusOf(joinRoom(server.origin, 'AAAAAA'))).toBe(404);
    expect(await statusOf(joinRoom(server.origin, code))).toBe(200);
  });

  test('does not open a room for a deck that was not built', async () => {
    server = await startTestServer();
    expect(await statusOf(createRoom(server.origin, 'bestaat-niet', TRAINER_HEADERS))).toBe(404);
  });
});

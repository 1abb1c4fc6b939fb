import { describe, expect, test, vi } from 'vitest';
import { joinRoom, type ParticipantSeat } from '../../src/sync/room-api.ts';
import { fixtureDistDir } from '../support/fixture-manifest.ts';
import { spawnServer } from '../support/server-process.ts';
import { connectParticipant, connectTrainer, countsOf, tempDir } from '../support/test-server.ts';

/** Three phones answer the first question; returns what is needed to come back to the room. */
async function playUntilAnswered(origin: string) {
  const trainer = await connectTrainer(origin);
  const seats: ParticipantSeat[] = [];
  for (let i = 0; i < 3; i++) seats.push(await joinRoom(origin, trainer.code));
  const phones = await Promise.all(seats.map((seat) => connectParticipant(origin, trainer.code, seat)));
  phones.forEach((phone, i) => phone.setNickname(`Deelnemer ${i + 1}`));
  trainer.arrive({ h: 2, v: 0 }, 'overschat');
  await vi.waitFor(() => expect(phones.every((phone) => phone.current()?.state.status === 'open')).toBe(true));
  ['b', 'b', 'a'].forEach((value, i) => phones[i].answer('overschat', value));
  await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 1, b: 2, c: 0 }));
  await vi.waitFor(() => expect([...trainer.people.values()].filter((p) => p.nickname)).toHaveLength(3));
  for (const client of [trainer, ...phones]) client.destroy();
  return { room: trainer.room, seats };
}

async function expectRoomIntact(origin: string, { room, seats }: Awaited<ReturnType<typeof playUntilAnswered>>) {
  const trainer = await connectTrainer(origin, room);
  expect(countsOf(trainer, 'overschat')).toEqual({ a: 1, b: 2, c: 0 });
  expect(trainer.stage.get('current')).toBe('overschat');
  expect([...trainer.people.values()].map((p) => p.nickname).sort()).toEqual(['Deelnemer 1', 'Deelnemer 2', 'Deelnemer 3']);
  const phone = await connectParticipant(origin, room.code, seats[2]);
  expect(phone.current()).toMatchObject({ id: 'overschat', answer: 'a' });
  phone.destroy();
  trainer.destroy();
}

describe('the server process', () => {
  test('killed with SIGKILL and restarted on the same data dir, loses no answer it had received', async () => {
    const env = { DATA_DIR: tempDir(), DIST_DIR: fixtureDistDir() };
    const first = await spawnServer(env);
    const played = await playUntilAnswered(first.origin);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();

    const second = await spawnServer(env);
    await expectRoomIntact(second.origin, played);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  test('stops cleanly on Ctrl-C (SIGINT) with everything stored', async () => {
    const env = { DATA_DIR: tempDir(), DIST_DIR: fixtureDistDir() };
    const first = await spawnServer(env);
    const played = await playUntilAnswered(first.origin);
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('stopped');

    const second = await spawnServer(env);
    await expectRoomIntact(second.origin, played);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });
});

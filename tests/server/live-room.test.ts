import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { publicStageDocName } from '../../src/shared/doc-names.ts';
import { joinRoom } from '../../src/sync/room-api.ts';
import { openRawSocket } from '../support/raw-socket.ts';
import { connectParticipant, connectTrainer, countsOf, startTestServer, type TestServer } from '../support/test-server.ts';

const SLIDE = { h: 2, v: 0 };

describe('live room over a real server', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.close();
  });

  test('answers from three phones reach the trainer as a distribution, and reveal reaches each phone', async () => {
    const trainer = await connectTrainer(server.origin);
    const phones = await Promise.all([1, 2, 3].map(() => connectParticipant(server.origin, trainer.code)));
    expect(phones[0].current()).toBeNull();

    trainer.arrive(SLIDE, 'overschat');
    await vi.waitFor(() => expect(phones.every((phone) => phone.current()?.id === 'overschat')).toBe(true));
    expect(JSON.stringify(phones[0].current()!.state.prompt)).not.toContain('"correct"');

    phones[0].answer('overschat', 'b');
    phones[1].answer('overschat', 'b');
    phones[2].answer('overschat', 'a');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 1, b: 2, c: 0 }));

    trainer.control('overschat', 'reveal');
    await vi.waitFor(() => expect(phones.every((phone) => phone.current()?.state.status === 'revealed')).toBe(true));
    expect(phones[2].current()).toMatchObject({ answer: 'a', state: { reveal: { correct: ['b'] } } });
    expect(phones[0].current()!.answer).toBe('b');
    for (const phone of [trainer, ...phones]) phone.destroy();
  });

  test('a changed answer replaces the earlier one, and reset starts a new round', async () => {
    const trainer = await connectTrainer(server.origin);
    const phone = await connectParticipant(server.origin, trainer.code);
    trainer.arrive(SLIDE, 'overschat');
    await vi.waitFor(() => expect(phone.current()?.state.status).toBe('open'));
    phone.answer('overschat', 'a');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat').a).toBe(1));
    phone.answer('overschat', 'c');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 0, b: 0, c: 1 }));

    trainer.control('overschat', 'reset');
    await vi.waitFor(() => expect(phone.current()?.state.round).toBe(2));
    expect(countsOf(trainer, 'overschat')).toEqual({ a: 0, b: 0, c: 0 });
    expect(phone.current()!.answer).toBeUndefined();
    phone.answer('overschat', 'b');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 0, b: 1, c: 0 }));
    trainer.destroy();
    phone.destroy();
  });

  test('a phone that reloads is the same participant with its answers', async () => {
    const trainer = await connectTrainer(server.origin);
    const seat = await joinRoom(server.origin, trainer.code);
    const before = await connectParticipant(server.origin, trainer.code, seat);
    before.setNickname('Sanne');
    trainer.arrive(SLIDE, 'overschat');
    await vi.waitFor(() => expect(before.current()?.state.status).toBe('open'));
    before.answer('overschat', 'b');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat').b).toBe(1));
    before.destroy();

    const after = await connectParticipant(server.origin, trainer.code, seat);
    expect(after.current()).toMatchObject({ id: 'overschat', answer: 'b' });
    await vi.waitFor(() => expect([...trainer.people.values()].map((p) => p.nickname)).toEqual(['Sanne']));
    expect(trainer.people.size).toBe(1);
    after.destroy();
    trainer.destroy();
  });

  test('the trainer reopening the deck returns to the same room and results', async () => {
    const first = await connectTrainer(server.origin);
    const phone = await connectParticipant(server.origin, first.code);
    first.arrive(SLIDE, 'overschat');
    await vi.waitFor(() => expect(phone.current()?.state.status).toBe('open'));
    phone.answer('overschat', 'c');
    await vi.waitFor(() => expect(countsOf(first, 'overschat').c).toBe(1));
    first.destroy();

    const again = await connectTrainer(server.origin, first.room);
    expect(countsOf(again, 'overschat')).toEqual({ a: 0, b: 0, c: 1 });
    expect(again.exercises.get('overschat')?.round).toBe(1);
    again.destroy();
    phone.destroy();
  });

  test('counts who is online from the server, without phone-to-phone presence', async () => {
    const trainer = await connectTrainer(server.origin);
    const phones = await Promise.all([1, 2].map(() => connectParticipant(server.origin, trainer.code)));
    await vi.waitFor(() => expect([...trainer.people.values()].filter((p) => p.online)).toHaveLength(2));
    phones[0].destroy();
    await vi.waitFor(() => expect([...trainer.people.values()].filter((p) => p.online)).toHaveLength(1));
    phones[1].destroy();
    trainer.destroy();
  });

  test('answers an awareness renewal, so a phone on a quiet stage is not dropped by its 30 s watchdog', async () => {
    const trainer = await connectTrainer(server.origin);
    const seat = await joinRoom(server.origin, trainer.code);
    const socket = await openRawSocket(server.origin, publicStageDocName(trainer.code), { role: 'participant', pid: seat.pid, token: seat.token });
    const types: number[] = [];
    socket.ws.on('message', (data: Buffer) => types.push(data[0]));
    socket.send(new Uint8Array([1, 1, 0]));
    await vi.waitFor(() => expect(types).toContain(1));
    socket.ws.close();
    trainer.destroy();
  });

  test('an exercise with a countdown locks itself on the trainer\'s side when time is up', async () => {
    let clock = 1_000_000;
    const trainer = await connectTrainer(server.origin, undefined, () => clock);
    const phone = await connectParticipant(server.origin, trainer.code);
    trainer.arrive({ h: 5, v: 0 }, 'lvb-iq');
    await vi.waitFor(() => expect(phone.current()?.state).toMatchObject({ status: 'open', closesAt: 1_030_000 }));
    phone.answer('lvb-iq', 'onjuist');
    await vi.waitFor(() => expect(countsOf(trainer, 'lvb-iq').onjuist).toBe(1));
    expect(phone.exercises.get('lvb-iq')?.status).toBe('open');

    clock = 1_030_000; // time is up: the next stage change makes the trainer's screen check its countdowns
    trainer.arrive({ h: 2, v: 0 }, 'overschat');
    await vi.waitFor(() => expect(phone.exercises.get('lvb-iq')).toMatchObject({ status: 'locked' }));
    expect(phone.exercises.get('lvb-iq')).not.toHaveProperty('closesAt');

    trainer.control('lvb-iq', 'reset');
    await vi.waitFor(() => expect(phone.exercises.get('lvb-iq')).toMatchObject({ status: 'open', round: 2, closesAt: 1_060_000 }));
    phone.destroy();
    trainer.destroy();
  });
});

/**
 * Fault: the server process is killed hard (SIGKILL) while a hall of phones is answering.
 * Whatever the trainer had seen must be on disk (store, then broadcast), and once the phones
 * are back every answer any of them gave must reach the trainer's screen: nothing lost.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ParticipantSession } from '../../src/sync/participant-session.ts';
import { createMemoryStore } from '../../server/store/memory-store.ts';
import { participantDocName, resultsDocName } from '../../src/shared/doc-names.ts';
import { resultKey } from '../../src/shared/room-schema.ts';
import { joinRoom } from '../../src/sync/room-api.ts';
import { startCuttableProxy } from '../support/cuttable-proxy.ts';
import { fixtureDistDir } from '../support/fixture-manifest.ts';
import { spawnServer, type ServerProcess } from '../support/server-process.ts';
import { createFaultyStore } from '../support/faulty-store.ts';
import { connectParticipant, connectTrainer, countsOf, startTestServer, tempDir } from '../support/test-server.ts';

const PHONES = 40;
/** Three open exercises of the test deck, each with a way to vary the answers over the phones. */
const EXERCISES: { id: string; slide: number; valueFor: (phone: number) => unknown }[] = [
  { id: 'overschat', slide: 2, valueFor: (i) => ['a', 'b', 'c'][i % 3] },
  { id: 'banen', slide: 3, valueFor: (i) => ['a', 'b'][i % 2] },
  { id: 'zelfvertrouwen', slide: 6, valueFor: (i) => i % 11 },
];

/** The next turn of the event loop after at least a millisecond: phones answer over time, as in a hall. */
const nextTick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('the server process killed in the middle of a burst of answers', () => {
  const started: ServerProcess[] = [];
  afterEach(() => {
    for (const server of started) if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
  });

  test('keeps every answer the trainer had seen, and gets every other answer once the phones are back', async () => {
    const env = { DATA_DIR: tempDir(), DIST_DIR: fixtureDistDir() };
    const first = await spawnServer(env);
    started.push(first);
    const port = new URL(first.origin).port;
    // Phones reach the server through a link the test controls: they stay away until it is restored.
    const proxy = await startCuttableProxy(Number(port));
    const trainer = await connectTrainer(first.origin);
    const seats = await Promise.all(Array.from({ length: PHONES }, () => joinRoom(first.origin, trainer.code)));
    const phones: ParticipantSession[] = await Promise.all(seats.map((seat) => connectParticipant(proxy.origin, trainer.code, seat)));
    for (const { id, slide } of EXERCISES) trainer.arrive({ h: slide, v: 0 }, id);
    await vi.waitFor(() => expect(phones.every((phone) => EXERCISES.every(({ id }) => phone.exercises.get(id)?.status === 'open'))).toBe(true));

    // What the trainer's screen has shown, recorded as it arrives, until the server is gone.
    const seen = new Map<string, unknown>();
    let isRecording = true;
    const record = () => {
      if (!isRecording) return;
      for (const [key, answer] of trainer.answers) seen.set(key, answer.value);
    };
    trainer.answers.observe(record);
    const total = PHONES * EXERCISES.length;
    let seenAtKill = -1;
    const killedAtAThird = new Promise<void>((resolve) => {
      const watch = () => {
        if (trainer.answers.size < total / 3) return;
        trainer.answers.unobserve(watch);
        seenAtKill = trainer.answers.size;
        first.child.kill('SIGKILL');
        proxy.cut();
        resolve();
      };
      trainer.answers.observe(watch);
    });

    // The burst: every phone answers every exercise, one answer after another; it goes on
    // after the kill (those answers wait on the phones).
    const given = new Map<string, unknown>();
    for (const { id, valueFor } of EXERCISES) {
      for (const [i, phone] of phones.entries()) {
        phone.answer(id, valueFor(i));
        given.set(resultKey(id, phone.pid, 1), valueFor(i));
        await nextTick();
      }
    }
    await killedAtAThird;
    expect(await first.exited).toBeNull(); // killed by the signal, no clean exit
    isRecording = false;
    // The kill fell in the middle: the trainer had seen some answers, not all.
    expect(seenAtKill, 'answers seen when the kill was sent').toBeGreaterThan(0);
    expect(seen.size, 'answers seen before the server died').toBeLessThan(total);

    const second = await spawnServer({ ...env, PORT: port });
    started.push(second);
    // Before any phone is back: everything the trainer had seen is in the restarted server.
    const fresh = await connectTrainer(second.origin, trainer.room);
    const stored = new Map([...fresh.answers].map(([key, answer]) => [key, answer.value]));
    for (const [key, value] of seen) expect(stored.get(key), key).toEqual(value);
    fresh.destroy();

    // The phones come back and resend what the server lacks; the trainer's screen, which stayed
    // open through the crash, ends with every answer given.
    proxy.restore();
    const shown = () => new Map([...trainer.answers].map(([key, answer]) => [key, answer.value]));
    await vi.waitFor(() => expect(shown()).toEqual(given), { timeout: 20_000, interval: 100 });
    for (const { id } of EXERCISES) expect(trainer.answersFor(id, 1), id).toHaveLength(PHONES);

    for (const client of [trainer, ...phones]) client.destroy();
    second.child.kill('SIGTERM');
    expect(await second.exited, second.output()).toBe(0);
    await proxy.close();
  }, 45_000);
});

describe('a crash between storing a phone\'s own document and the results', () => {
  test('still gets the answer to the trainer when the phone is back, though the phone does not send it again', async () => {
    // One store outlives both servers: the second one starts on what the first one had written.
    const disk = createMemoryStore();
    const store = createFaultyStore(disk);
    const crashed = await startTestServer({ store });
    const trainer = await connectTrainer(crashed.origin);
    const seat = await joinRoom(crashed.origin, trainer.code);
    const phone = await connectParticipant(crashed.origin, trainer.code, seat);
    trainer.arrive({ h: 2, v: 0 }, 'overschat');
    await vi.waitFor(() => expect(phone.current()?.state.status).toBe('open'));

    // The process "dies" after writing the phone's document and before writing the results.
    store.holdWrites((name) => name === resultsDocName(trainer.code));
    phone.answer('overschat', 'b');
    await vi.waitFor(async () => expect(await disk.loadDoc(participantDocName(trainer.code, seat.pid))).not.toBeNull());
    expect(countsOf(trainer, 'overschat')).toEqual({ a: 0, b: 0, c: 0 });
    for (const client of [phone, trainer]) client.destroy();

    const restarted = await startTestServer({ store: disk });
    const back = await connectParticipant(restarted.origin, trainer.code, seat);
    const screen = await connectTrainer(restarted.origin, trainer.room);
    await vi.waitFor(() => expect(countsOf(screen, 'overschat')).toEqual({ a: 0, b: 1, c: 0 }));
    expect(back.current()?.answer).toBe('b');

    for (const client of [back, screen]) client.destroy();
    await restarted.close();
    store.releaseHeld();
    await crashed.close();
  });
});

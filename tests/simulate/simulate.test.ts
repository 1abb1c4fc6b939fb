/**
 * The rehearsal tool's core against a real server: five simulated phones join a room by its
 * code over the same HTTP API and sockets as the phone page, and the trainer sees five valid
 * answers for each exercise it opens, again at each new situation or scene.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type { LiveRoom } from '../../src/sync/live-room.ts';
import { modelFor } from '../../src/kinds/registry.ts';
import { startFleet, type Fleet, type FleetEvent } from '../../src/tools/simulate/phone-fleet.ts';
import { connectTrainer, startBuiltServer, type TestServer } from '../support/test-server.ts';
import { fixtureManifest } from '../support/fixture-manifest.ts';

const PHONES = 5;
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function roomWithPhones(server: TestServer, deck: string) {
  const trainer = await connectTrainer(server.origin, { deck });
  cleanups.push(() => trainer.destroy());
  const events: FleetEvent[] = [];
  const fleet: Fleet = startFleet(
    // speed 500: a person's 2-20 s become 4-40 ms.
    { mode: 'guarded', origin: server.origin, code: trainer.code, count: PHONES, firstIndex: 0, seed: 7, speed: 500, nickname: 'Oefen' },
    WebSocket,
    (event) => events.push(event),
  );
  cleanups.push(() => fleet.stop());
  await vi.waitFor(() => expect(fleet.synced()).toBe(PHONES), { timeout: 10_000 });
  return { trainer, events };
}

/** Waits until the trainer holds one answer per phone for the exercise's current round, and checks each. */
async function expectValidAnswers(trainer: LiveRoom, deck: string, exerciseId: string) {
  const definition = fixtureManifest().decks[deck].exercises[exerciseId];
  const state = () => trainer.exercises.get(exerciseId)!;
  await vi.waitFor(() => expect(trainer.answersFor(exerciseId, state().round)).toHaveLength(PHONES), { timeout: 10_000 });
  for (const { pid, value } of trainer.answersFor(exerciseId, state().round)) {
    expect(modelFor(definition.kind)!.isValidAnswer(definition, value, { progress: state().progress, pid })).toBe(true);
  }
}

describe('simulated phones', () => {
  it('join with nicknames, answer choice, multi, true/false and scale as the trainer opens them, and nothing locked', async () => {
    const server = await startBuiltServer();
    cleanups.push(() => server.close());
    const { trainer, events } = await roomWithPhones(server, 'kennis');
    await vi.waitFor(() =>
      expect([...trainer.people.values()].map((person) => person.nickname).sort()).toEqual(['Oefen 1', 'Oefen 2', 'Oefen 3', 'Oefen 4', 'Oefen 5']),
    );
    for (const [h, id] of ['banenafspraak', 'doelgroep-banenafspraak', 'lvb-leren-doen', 'zelfvertrouwen-start'].entries()) {
      trainer.arrive({ h, v: 0 }, id);
      await expectValidAnswers(trainer, 'kennis', id);
    }
    expect(events.filter((event) => event.type === 'answered')).toHaveLength(4 * PHONES);

    // An exercise that reaches the phones already locked gets no answers, until the trainer opens it.
    trainer.exercises.doc!.transact(() => {
      trainer.arrive({ h: 4, v: 0 }, 'lvb-overschat');
      trainer.control('lvb-overschat', 'lock');
    });
    await vi.waitFor(() => expect(events.filter((e) => e.type === 'stage' && e.exerciseId === 'lvb-overschat' && e.status === 'locked')).toHaveLength(PHONES));
    expect(trainer.answersFor('lvb-overschat', 1)).toEqual([]);
    trainer.control('lvb-overschat', 'open');
    await expectValidAnswers(trainer, 'kennis', 'lvb-overschat');
  });

  it('answer again at the next situation of a style quiz and the next scene of a role-play', async () => {
    const server = await startBuiltServer();
    cleanups.push(() => server.close());
    const quiz = await roomWithPhones(server, 'stijlquiz');
    quiz.trainer.arrive({ h: 1, v: 0 }, 'stijlen-basis');
    await expectValidAnswers(quiz.trainer, 'stijlquiz', 'stijlen-basis');
    quiz.trainer.move('stijlen-basis', 'next');
    // Same round: each phone's record now names situations 0 and 1.
    await vi.waitFor(() => {
      const records = quiz.trainer.answersFor('stijlen-basis', 1).map(({ value }) => Object.keys(value as object).length);
      expect(records).toEqual(Array(PHONES).fill(2));
    });
    await expectValidAnswers(quiz.trainer, 'stijlquiz', 'stijlen-basis');

    const play = await roomWithPhones(server, 'rollenspel');
    play.trainer.arrive({ h: 1, v: 0 }, 'perk');
    await expectValidAnswers(play.trainer, 'rollenspel', 'perk');
    play.trainer.move('perk', { type: 'kies', choice: 'start/a' });
    expect(play.trainer.exercises.get('perk')!.round).toBe(2);
    await expectValidAnswers(play.trainer, 'rollenspel', 'perk');

  });
});

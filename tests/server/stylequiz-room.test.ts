import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { StyleQuizReveal, StyleQuizTally } from '../../src/kinds/stylequiz/model.ts';
import { connectParticipant, connectTrainer, startTestServer, type TestServer } from '../support/test-server.ts';

describe('a style quiz in a live room', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer();
  });

  afterEach(async () => {
    await server.close();
  });

  test('each situation of a timed series gets its own countdown, also when the trainer moves on while it is open', async () => {
    let clock = 1_000_000;
    const trainer = await connectTrainer(server.origin, { deck: 'stijlquiz' }, () => clock);
    const phone = await connectParticipant(server.origin, trainer.code);
    const state = () => phone.exercises.get('stijlen-klok');
    trainer.arrive({ h: 3, v: 0 }, 'stijlen-klok');
    await vi.waitFor(() => expect(state()).toMatchObject({ status: 'open', closesAt: 1_030_000 }));

    clock = 1_020_000; // the trainer skips ahead before the first situation's time is up
    trainer.move('stijlen-klok', 'next');
    await vi.waitFor(() => expect(state()).toMatchObject({ status: 'open', round: 1, progress: { situation: 1 }, closesAt: 1_050_000 }));

    clock = 1_050_000; // time is up: the next stage change makes the trainer's screen check its countdowns
    trainer.arrive({ h: 2, v: 0 }, 'stijlen-basis');
    await vi.waitFor(() => expect(state()).toMatchObject({ status: 'locked', progress: { situation: 1 } }));
    expect(state()).not.toHaveProperty('closesAt');
    phone.destroy();
    trainer.destroy();
  });

  test('a phone\'s record keeps counting across the series, the summary reveals it, and reset starts a fresh series', async () => {
    const trainer = await connectTrainer(server.origin, { deck: 'stijlquiz' });
    const phone = await connectParticipant(server.origin, trainer.code);
    const id = 'stijlen-basis';
    trainer.arrive({ h: 2, v: 0 }, id);
    await vi.waitFor(() => expect(phone.current()?.state.status).toBe('open'));
    phone.answer(id, { 0: 'steunen' });
    await vi.waitFor(() => expect((trainer.tallyOf(id) as StyleQuizTally).total).toBe(1));
    trainer.control(id, 'reveal');
    trainer.move(id, 'next');
    await vi.waitFor(() => expect(phone.current()?.state).toMatchObject({ status: 'open', progress: { situation: 1 } }));
    expect(phone.current()?.answer).toEqual({ 0: 'steunen' });
    phone.answer(id, { 0: 'steunen', 1: 'steunen' });
    await vi.waitFor(() => expect((trainer.tallyOf(id) as StyleQuizTally).right).toBe(1));

    trainer.move(id, 'summary');
    await vi.waitFor(() => expect(phone.current()?.state.status).toBe('revealed'));
    const reveal = phone.current()!.state.reveal as StyleQuizReveal;
    expect(reveal).toMatchObject({ view: 'summary', total: 2, right: 1 });
    expect(JSON.stringify(phone.current()!.state)).not.toContain(phone.pid);

    trainer.control(id, 'reset');
    await vi.waitFor(() => expect(phone.current()?.state).toMatchObject({ status: 'open', round: 2 }));
    expect(phone.current()?.state).not.toHaveProperty('progress');
    expect(phone.current()?.answer).toBeUndefined();
    phone.destroy();
    trainer.destroy();
  });
});

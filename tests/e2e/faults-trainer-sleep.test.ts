/**
 * Fault: the trainer's laptop sleeps (or loses the wifi) mid-exercise. All the deck page's
 * sockets drop while phones keep answering; when it is back the room resumes: the answers given
 * meanwhile appear, the trainer's buttons reach the phones again, nothing on the stage goes back,
 * and reopening the deck returns to the same room.
 */
import { describe, expect, test, vi } from 'vitest';
import type { ParticipantSession } from '../../src/sync/participant-session.ts';
import type { TrainerRoom } from '../../src/sync/room-api.ts';
import { ACTION_TIMEOUT_MS, launchChromium, trainerContext } from '../support/browser.ts';
import { startCuttableProxy } from '../support/cuttable-proxy.ts';
import { goToSlide } from '../support/slides.ts';
import { connectParticipant, connectTrainer, startBuiltServer } from '../support/test-server.ts';

/**
 * y-websocket in the page retries with a back-off of at most 2.5 s; what the page queued while away
 * (the lock) then still has to pass the server to every phone, which on a loaded machine can take
 * longer than waitFor's default second.
 */
const RECONNECT = { timeout: 10_000 };

describe("the trainer's laptop sleeping", () => {
  test('the room resumes: answers given meanwhile appear, buttons reach the phones again, nothing goes back', async () => {
    const server = await startBuiltServer();
    // The deck page reaches the server only through this link; the phones go direct.
    const link = await startCuttableProxy(server.port);
    const browser = await launchChromium();
    const phones: ParticipantSession[] = [];
    try {
      const context = await trainerContext(browser, server.trainerUrl.replace(server.origin, link.origin));
      context.setDefaultTimeout(ACTION_TIMEOUT_MS);
      const projector = await context.newPage();
      await projector.goto(`${link.origin}/deck?deck=basis`);
      await projector.waitForSelector('html[data-live="ready"]');
      const room = await projector.evaluate(() => JSON.parse(localStorage.getItem('mentorwijs:room:basis')!) as TrainerRoom);
      const slide = await projector.evaluate(() =>
        [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.hasAttribute('data-exercise')),
      );
      const exerciseId = await projector.evaluate((i) => document.querySelectorAll('.reveal .slides > section')[i].getAttribute('data-exercise')!, slide);
      await goToSlide(projector, slide);
      const screen = projector.locator(`mw-choice-screen[exercise-id="${exerciseId}"]`);
      const answered = () => screen.locator('.answered').getAttribute('data-answered');

      // What the server holds, seen from a second trainer connection that never sleeps.
      const truth = await connectTrainer(server.origin, room);
      for (let i = 0; i < 3; i++) phones.push(await connectParticipant(server.origin, room.code));
      await vi.waitFor(() => expect(phones.every((phone) => phone.current()?.state.status === 'open')).toBe(true));
      const options = (truth.exercises.get(exerciseId)!.prompt as { options: { id: string }[] }).options.map((o) => o.id);
      phones[0].answer(exerciseId, options[0]);
      await screen.locator('.answered[data-answered="1"]').waitFor();

      link.cut(); // the lid closes: every socket of the deck page drops
      phones[1].answer(exerciseId, options[1]);
      phones[2].answer(exerciseId, options[1]);
      await vi.waitFor(() => expect(truth.answersFor(exerciseId, 1)).toHaveLength(3));
      expect(await answered()).toBe('1'); // the sleeping page has not seen them
      // A button pressed while away cannot reach anyone yet…
      await screen.locator('button[data-action="lock"]').click();
      expect(truth.exercises.get(exerciseId)?.status).toBe('open');

      link.restore(); // the lid opens
      await vi.waitFor(async () => expect(await answered()).toBe('3'), RECONNECT);
      // …and is carried out when the page is back.
      await vi.waitFor(() => expect(phones.every((phone) => phone.current()?.state.status === 'locked')).toBe(true), RECONNECT);
      await screen.locator('button[data-action="reveal"]').click();
      await vi.waitFor(() => expect(phones.every((phone) => phone.current()?.state.status === 'revealed')).toBe(true), RECONNECT);
      expect(truth.stage.get('slide')).toEqual({ h: slide, v: 0, f: -1 });
      expect(truth.stage.get('current')).toBe(exerciseId);

      // Reopening the deck after the sleep: the same room, the exercise still revealed, all answers.
      await projector.reload();
      await projector.waitForSelector('html[data-live="ready"]');
      await screen.locator('.explanation').waitFor();
      // The answers arrive from the server, and a screen redraws those at most every 100 ms (0090).
      await expect.poll(answered).toBe('3');
      expect(await projector.evaluate(() => JSON.parse(localStorage.getItem('mentorwijs:room:basis')!).code)).toBe(room.code);
      expect(truth.exercises.get(exerciseId)?.status).toBe('revealed');
      expect(server.logs.filter((line) => line.includes('opened for basis'))).toHaveLength(1);
      truth.destroy();
      await context.close();
    } finally {
      for (const phone of phones) phone.destroy();
      await browser.close();
      await link.close();
      await server.close();
    }
  });
});

/**
 * Follow along on a real server: a phone's public stage holds the slide the trainer shows, cut at
 * the fragment step the trainer reached, and nothing ahead of it: no later fragment, no later
 * slide, no note, whatever the trainer's stage names.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { FollowView } from '../../src/shared/deck/follow-view.ts';
import { plainText } from '../../src/shared/deck/follow-view.ts';
import { FOLLOW_VIEW } from '../../src/shared/room-schema.ts';
import { joinAsSpy, type PhoneSpy } from '../support/phone-spy.ts';
import { connectTrainer, startTestServer, type TestServer } from '../support/test-server.ts';

const DECK = 'meelezen';
/** Text of the fixture deck that no phone may receive in these tests: notes, and slides or fragments never shown. */
const NEVER_SHOWN = ['GEHEIM', 'Tot slot samenvatten', 'De laatste regel', 'Bedankt voor het meelezen'];

describe('follow along: the slide on the public stage', () => {
  let server: TestServer;
  let trainer: Awaited<ReturnType<typeof connectTrainer>>;
  let phones: PhoneSpy[];
  const viewOf = (phone: PhoneSpy) => phone.session.stage.get(FOLLOW_VIEW) as FollowView | undefined;
  const wordsOf = (phone: PhoneSpy) => plainText(viewOf(phone)?.body ?? []);
  /** Waits until every phone holds the slide position the trainer wrote (the view comes in the same update). */
  const atPosition = async (position: object) => {
    for (const phone of phones) await vi.waitFor(() => expect(phone.session.stage.get('slide')).toEqual(position));
  };

  beforeEach(async () => {
    server = await startTestServer();
    trainer = await connectTrainer(server.origin, { deck: DECK });
    phones = [await joinAsSpy(server.origin, trainer.code), await joinAsSpy(server.origin, trainer.code)];
  });

  afterEach(async () => {
    for (const phone of phones) phone.session.destroy();
    trainer.destroy();
    await server.close();
  });

  test('a phone holds the current step only, and the view changes as the trainer shows fragments and moves on', async () => {
    trainer.arrive({ h: 1, v: 0, f: -1 }, null);
    await atPosition({ h: 1, v: 0, f: -1 });
    for (const phone of phones) {
      expect(viewOf(phone)).toMatchObject({ h: 1, v: 0, step: 0, title: 'Drie stappen', news: '' });
      expect(wordsOf(phone)).toBe('Drie stappen Wat je altijd ziet.');
    }
    for (const phone of phones) for (const text of ['Eerst luisteren', 'Dan vragen']) expect(phone.received()).not.toContain(text);

    trainer.arrive({ h: 1, v: 0, f: 0 }, null);
    await atPosition({ h: 1, v: 0, f: 0 });
    for (const phone of phones) expect(viewOf(phone)).toMatchObject({ step: 1, news: 'Eerst luisteren' });
    for (const phone of phones) expect(phone.received()).not.toContain('Dan vragen');

    trainer.arrive({ h: 1, v: 0, f: 1 }, null);
    await atPosition({ h: 1, v: 0, f: 1 });
    for (const phone of phones) expect(wordsOf(phone)).toBe('Drie stappen Wat je altijd ziet. Eerst luisteren Dan vragen');

    // On to the next slide: its text at step 0; and back, as Reveal then shows what was shown.
    trainer.arrive({ h: 2, v: 0, f: -1 }, null);
    await atPosition({ h: 2, v: 0, f: -1 });
    for (const phone of phones) expect(wordsOf(phone)).toBe('Volgorde op nummer Eerst dit, en het andere komt later.');
    trainer.arrive({ h: 3, v: 0 }, null);
    await atPosition({ h: 3, v: 0 });
    for (const phone of phones) expect(viewOf(phone)?.body).toContainEqual({ t: 'p', c: [{ t: 'picture', alt: 'Een landschap met heuvels en een zon' }] });
    trainer.arrive({ h: 4, v: 0, f: -1 }, 'kies');
    await atPosition({ h: 4, v: 0, f: -1 });
    for (const phone of phones) {
      expect(wordsOf(phone)).toBe('Wat kies jij?');
      await vi.waitFor(() => expect(phone.session.current()?.id).toBe('kies'));
    }

    for (const [i, phone] of phones.entries()) {
      for (const [where, text] of [['bytes received', phone.received()], ['documents held', phone.held()]]) {
        for (const hidden of NEVER_SHOWN) expect(text.includes(hidden), `phone ${i}, ${where}: "${hidden}"`).toBe(false);
      }
    }
  });

  test('a stage that names a slide or fragment beyond the deck yields no view', async () => {
    trainer.arrive({ h: 1, v: 0, f: -1 }, null);
    await atPosition({ h: 1, v: 0, f: -1 });
    for (const position of [{ h: 1, v: 0, f: 3 }, { h: 1, v: 1, f: -1 }, { h: 6, v: 0, f: -1 }, { h: 40, v: 0 }, { h: 1, v: 0, f: -2 }, { h: 1.5, v: 0 }]) {
      trainer.arrive({ h: 1, v: 0, f: -1 }, null);
      await atPosition({ h: 1, v: 0, f: -1 });
      for (const phone of phones) expect(viewOf(phone)?.step).toBe(0);
      trainer.arrive(position, null);
      await atPosition(position);
      for (const phone of phones) expect(viewOf(phone), JSON.stringify(position)).toBeUndefined();
    }
    for (const phone of phones) for (const hidden of NEVER_SHOWN) expect(phone.received()).not.toContain(hidden);
  });

  test('a view the trainer writes into its own stage never reaches a phone: the server derives it from the build', async () => {
    trainer.arrive({ h: 1, v: 0, f: -1 }, null);
    await atPosition({ h: 1, v: 0, f: -1 });
    trainer.stage.set(FOLLOW_VIEW, { h: 1, v: 0, step: 3, title: 'Vals', body: ['Tot slot samenvatten'], news: '' });
    trainer.stage.set('showNames', false);
    for (const phone of phones) await vi.waitFor(() => expect(phone.session.stage.get('showNames')).toBe(false));
    for (const phone of phones) {
      expect(viewOf(phone)).toMatchObject({ step: 0, title: 'Drie stappen' });
      expect(phone.received()).not.toContain('Tot slot samenvatten');
    }
  });
});

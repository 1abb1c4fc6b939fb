import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ChoiceDefinition } from '../../src/kinds/choice/model.ts';
import { ACTION_TIMEOUT_MS, launchChromium, PHONE, trainerContext } from '../support/browser.ts';
import { goToSlide } from '../support/slides.ts';
import { startBuiltServer, type TestServer } from '../support/test-server.ts';

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
const DECK = 'basis';
const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../dist-fixtures/manifest.json'), 'utf8'));

/** Index (h) of the first horizontal slide matching the selector. */
async function slideIndexOf(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const slides = [...document.querySelectorAll('.reveal .slides > section')];
    return slides.findIndex((section) => section.matches(sel) || section.querySelector(sel) !== null);
  }, selector);
}

/** Reads the QR code as a phone camera would: from the pixels on screen. */
async function decodeQr(page: Page, element: Locator): Promise<string | null> {
  const png = await element.screenshot();
  const probe = await page.context().newPage();
  await probe.addScriptTag({ path: createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js') });
  const text = await probe.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height);
    const jsQR = (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
    return jsQR(pixels.data, image.width, image.height)?.data ?? null;
  }, png.toString('base64'));
  await probe.close();
  return text;
}


describe('a live session in real Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let projector: Page;
  const phones: Page[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startBuiltServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('trainer opens a deck, three phones join by the QR URL, answer, and see the verdict', async () => {
    const trainerSide = await trainerContext(browser, server.trainerUrl);
    contexts.push(trainerSide);
    projector = await trainerSide.newPage();
    const errors: string[] = [];
    projector.on('pageerror', (error) => errors.push(error.message));

    await projector.goto(`${server.origin}/`);
    await projector.locator('mw-deck-index li').first().waitFor();
    await projector.screenshot({ path: join(SCREENSHOTS, 'trainer-start.png') });
    await projector.locator(`mw-deck-index li[data-deck="${DECK}"] a.open`).click();
    await projector.waitForSelector('html[data-live="ready"]');

    await goToSlide(projector, await slideIndexOf(projector, 'mw-join-card'));
    const card = projector.locator('mw-join-card');
    const code = await card.locator('.code').getAttribute('data-code');
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    const qrUrl = await decodeQr(projector, card.locator('.qr'));
    // The link carries the join key, so wrong codes typed elsewhere on the venue wifi never block it.
    expect(qrUrl).toMatch(new RegExp(`^${server.joinUrl}\\?code=${code}&k=[\\w-]{12}$`));
    await projector.screenshot({ path: join(SCREENSHOTS, 'projector-join.png') });

    const dialogs: string[] = [];
    projector.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const names = ['Anna', 'Bram', '<img src=x onerror=alert(1)>'];
    for (const name of names) {
      const context = await browser.newContext(PHONE);
      context.setDefaultTimeout(ACTION_TIMEOUT_MS);
      contexts.push(context);
      const phone = await context.newPage();
      await phone.goto(qrUrl!);
      await phone.getByLabel('Je naam of bijnaam').fill(name);
      if (phones.length === 0) await phone.screenshot({ path: join(SCREENSHOTS, 'phone-name.png') });
      await phone.getByRole('button', { name: 'Verder' }).click();
      await phone.getByText('Wachten op de trainer').waitFor();
      if (phones.length === 0) await phone.screenshot({ path: join(SCREENSHOTS, 'phone-waiting.png') });
      phones.push(phone);
    }
    await card.locator('.count[data-online="3"]').waitFor();
    // A phone is online before its nickname arrives: wait for the name, not just the count.
    await card.locator('.names', { hasText: '<img src=x onerror=alert(1)>' }).waitFor();
    expect(await card.locator('.names img').count()).toBe(0);

    const exerciseIndex = await slideIndexOf(projector, 'section[data-exercise]');
    await goToSlide(projector, exerciseIndex);
    const exerciseId = await projector.evaluate(
      (index) => document.querySelectorAll<HTMLElement>('.reveal .slides > section')[index].dataset.exercise!,
      exerciseIndex,
    );
    const definition = manifest.decks[DECK].exercises[exerciseId] as ChoiceDefinition;
    const right = definition.correct[0];
    const wrong = definition.options.find((option) => !definition.correct.includes(option.id))!.id;
    const picks = [right, right, wrong];

    for (const [i, phone] of phones.entries()) {
      await phone.locator(`mw-choice-phone button[data-option="${picks[i]}"]`).click();
      await phone.getByText('Antwoord ontvangen').waitFor();
    }
    const screen = projector.locator(`mw-choice-screen[exercise-id="${exerciseId}"]`);
    await screen.locator('.answered[data-answered="3"]').waitFor();
    await expect(screen.locator(`li[data-option="${right}"] .count`).getAttribute('data-count')).resolves.toBe('2');
    await expect(screen.locator(`li[data-option="${wrong}"] .count`).getAttribute('data-count')).resolves.toBe('1');
    await projector.screenshot({ path: join(SCREENSHOTS, 'projector-answers.png') });

    await screen.locator('button[data-action="reveal"]').click();
    await screen.locator('.explanation').waitFor();
    await phones[0].getByText('Goed! Jouw antwoord is juist.').waitFor();
    await phones[1].getByText('Goed! Jouw antwoord is juist.').waitFor();
    await phones[2].getByText('Niet juist.').waitFor();
    await expect(phones[2].locator(`mw-choice-phone button.wrong[data-option="${wrong}"]`).count()).resolves.toBe(1);
    await projector.screenshot({ path: join(SCREENSHOTS, 'projector-revealed.png') });
    await phones[2].screenshot({ path: join(SCREENSHOTS, 'phone-revealed.png') });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the speaker view shows notes and timer while the projector keeps showing live results', async () => {
    const [speaker] = await Promise.all([projector.waitForEvent('popup'), projector.keyboard.press('s')]);
    await speaker.waitForLoadState();
    await speaker.locator('.speaker-controls-notes .value').waitFor();
    const slideNotes = await projector.locator('.reveal .slides > section.present aside.notes').textContent();
    expect(slideNotes?.trim()).not.toBe('');
    await expect(speaker.locator('.speaker-controls-notes .value').textContent()).resolves.toContain(slideNotes!.trim());
    await expect(speaker.locator('.speaker-controls-time .clock-value').textContent()).resolves.toMatch(/\d/);

    const screen = projector.locator('.present mw-choice-screen');
    await screen.locator('button[data-action="reset"]').click();
    await phones[0].getByText('Tik op je antwoord.').waitFor();
    await phones[0].locator('mw-choice-phone button').first().click();
    await screen.locator('.answered[data-answered="1"]').waitFor();
    await speaker.screenshot({ path: join(SCREENSHOTS, 'speaker-view.png') });
    await phones[0].screenshot({ path: join(SCREENSHOTS, 'phone-open.png') });
  });
});

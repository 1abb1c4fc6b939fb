import { describe, expect, test } from 'vitest';
import { ACTION_TIMEOUT_MS, PHONE, trainerContext } from '../support/browser.ts';
import { useBuiltServerAndBrowser } from '../support/built-server-and-browser.ts';

describe('coming back in real Chromium', () => {
  const running = useBuiltServerAndBrowser();

  test('the trainer reopening the deck gets the same room; "Nieuwe groep" gets a new code', async () => {
    const context = await trainerContext(running.browser, running.server.trainerUrl);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const page = await context.newPage();
    const codeOnJoinSlide = async () => {
      await page.waitForSelector('html[data-live="ready"]');
      await page.evaluate(() => (location.hash = '#/1'));
      return page.locator('mw-join-card .code').getAttribute('data-code');
    };
    await page.goto(`${running.server.origin}/deck?deck=basis`);
    const first = await codeOnJoinSlide();
    await page.reload();
    expect(await codeOnJoinSlide()).toBe(first);

    await page.goto(`${running.server.origin}/`);
    await expect(page.locator('li[data-deck="basis"] a.open').textContent()).resolves.toContain(
      `${first!.slice(0, 3)} ${first!.slice(3)}`,
    );
    await expect(page.getByRole('link', { name: 'Modereren' }).getAttribute('href')).resolves.toBe('/moderate?deck=basis');
    await page.getByRole('button', { name: 'Nieuwe groep (nieuwe code)' }).click();
    const fresh = await codeOnJoinSlide();
    expect(fresh).toMatch(/^[A-Z2-9]{6}$/);
    expect(fresh).not.toBe(first);
    await context.close();
  });

  test('a phone that reloads is the same participant, with its answer marked', async () => {
    const trainerSide = await trainerContext(running.browser, running.server.trainerUrl);
    const projector = await trainerSide.newPage();
    await projector.goto(`${running.server.origin}/deck?deck=basis#/1`);
    await projector.waitForSelector('html[data-live="ready"]');
    const code = await projector.locator('mw-join-card .code').getAttribute('data-code');

    const phoneContext = await running.browser.newContext(PHONE);
    phoneContext.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const phone = await phoneContext.newPage();
    const joins: string[] = [];
    phone.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/join') joins.push(request.url());
    });
    await phone.goto(`${running.server.joinUrl}?code=${code}`);
    await phone.getByLabel('Je naam of bijnaam').fill('Kees');
    await phone.getByRole('button', { name: 'Verder' }).click();
    const exerciseIndex = await projector.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.hasAttribute('data-exercise')),
    );
    await projector.evaluate((index) => (location.hash = `#/${index}`), exerciseIndex);
    await phone.locator('mw-choice-phone button[data-option="a"]').click();
    await projector.locator('.present .answered[data-answered="1"]').waitFor();

    await phone.reload();
    await phone.locator('mw-choice-phone button.mine[data-option="a"]').waitFor();
    // The seat came from the phone's memory: one join in all, so a reload never takes a second seat.
    expect(joins).toHaveLength(1);
    await expect(phone.getByLabel('Je naam of bijnaam').count()).resolves.toBe(0);
    await phone.locator('mw-choice-phone button[data-option="b"]').click();
    await projector.locator('.present li[data-option="b"] .count[data-count="1"]').waitFor();
    await expect(projector.locator('.present .answered').getAttribute('data-answered')).resolves.toBe('1');
  });
});

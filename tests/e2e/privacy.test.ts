/**
 * What a person sees of privacy and retention: the start page says when a group's data expire and
 * warns in the last month; a new member's phone says in two sentences what is kept and for how
 * long, with a page that says more (open without the trainer's credential); free-text boxes
 * remind not to name staff; the trainer deletes a member (asked twice) and the group (by its name).
 * Runs on the real build (`dist/`), whose session decks a group uses; retention is 20 days here,
 * so a group given today is within its last month.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createGroup, listGroups, openGroupSession } from '../../src/sync/group-api.ts';
import { launchChromium, PHONE, trainerContext } from '../support/browser.ts';
import { SCREENSHOTS } from '../support/live-flow.ts';
import { startBuiltServer, TRAINER_HEADERS, type TestServer } from '../support/test-server.ts';

describe('privacy and retention, as people see them', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startBuiltServer('dist', { retentionDays: 20 });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a new member\'s phone says what is kept and how long, and links to a page that says more', async () => {
    const group = await createGroup(server.origin, { name: 'Werkzaak voorjaar 2027' }, TRAINER_HEADERS);
    const room = await openGroupSession(server.origin, group.id, 1, TRAINER_HEADERS);
    const phone = await (await browser.newContext(PHONE)).newPage();
    await phone.goto(`${server.origin}/join?code=${room.code}`);
    const welcome = phone.locator('mw-member-welcome');
    await welcome.locator('.privacy').waitFor();
    expect(await welcome.locator('.privacy').innerText()).toBe(
      'We bewaren je antwoorden, je opdrachten en bij welke bijeenkomsten je was, onder een schuilnaam. 20 dagen na de laatste bijeenkomst wissen we alles; je kunt het ook eerder zelf wissen. Meer over je gegevens',
    );
    await phone.screenshot({ path: `${SCREENSHOTS}/phone-member-welcome-privacy.png` });

    // The page behind the link opens on a phone that is no trainer, and says what, who, how long and how to delete.
    const [more] = await Promise.all([phone.context().waitForEvent('page'), welcome.getByRole('link', { name: 'Meer over je gegevens' }).click()]);
    await more.waitForLoadState();
    expect(await more.locator('h1').textContent()).toBe('Je gegevens bij Mentorwijs');
    expect(await more.locator('h2').allTextContents()).toEqual(['Wat we bewaren', 'Wie ziet wat', 'Hoe lang', 'Zelf wissen']);
    expect(await more.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await more.screenshot({ path: `${SCREENSHOTS}/phone-privacy-page.png`, fullPage: true });
    await phone.context().close();
  });

  test('the start page warns a month before a group\'s data expire; the trainer deletes a member and then the group', async () => {
    const group = await createGroup(server.origin, { name: 'Werkzaak najaar 2027' }, TRAINER_HEADERS);
    const room = await openGroupSession(server.origin, group.id, 1, TRAINER_HEADERS);
    for (let i = 0; i < 2; i++) await fetch(`${server.origin}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: room.code }) });
    // The start page is a laptop's page; here on a narrow window of a phone's size.
    const trainer = await trainerContext(browser, server.trainerUrl, { viewport: PHONE.viewport });
    const home = await trainer.newPage();
    await home.goto(`${server.origin}/`);
    const card = home.locator(`mw-groups li[data-group="${group.id}"]`);
    const warning = card.locator('.expiry.warning');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/^Let op: over 20 dagen \(\d+ \w+ \d{4}\) worden alle gegevens van deze leergang verwijderd\./);
    expect(await home.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await warning.scrollIntoViewIfNeeded();
    await home.screenshot({ path: `${SCREENSHOTS}/home-expiry-warning.png` });

    // Deleting a member is asked twice; the register then lists only the other, under the same number.
    const register = card.locator('mw-group-register');
    await register.getByRole('button', { name: 'Deelnemer 1 verwijderen' }).click();
    await register.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect.poll(async () => (await listGroups(server.origin, TRAINER_HEADERS)).find((g) => g.id === group.id)?.members.map((m) => m.pseudonym)).toEqual(['Deelnemer 2']);
    await expect.poll(() => register.locator('tbody th').allTextContents()).toEqual(['Deelnemer 2']);

    // The group goes only once its name is typed.
    const removal = card.locator('mw-group-delete');
    await removal.locator('summary').click();
    const confirm = removal.getByRole('button', { name: 'Leergang definitief verwijderen' });
    await removal.getByLabel(/Typ ter bevestiging de naam/).fill('Werkzaak voorjaar 2027');
    expect(await confirm.isDisabled()).toBe(true);
    await removal.getByLabel(/Typ ter bevestiging de naam/).fill('Werkzaak najaar 2027');
    await home.screenshot({ path: `${SCREENSHOTS}/home-delete-group.png` });
    await confirm.click();
    await expect.poll(() => home.locator(`mw-groups li[data-group="${group.id}"]`).count()).toBe(0);
    expect((await listGroups(server.origin, TRAINER_HEADERS)).some((g) => g.id === group.id)).toBe(false);
    await trainer.close();
  });
});

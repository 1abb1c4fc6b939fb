/**
 * A leergang's session in real Chromium: the start page shows the session room's link for online
 * participants, and when the trainer deletes the leergang, a connected phone (closed with 4404)
 * says the session no longer exists instead of waiting for a connection that never comes back.
 * Runs on the real build (`dist/`), whose session decks a group uses.
 */
import { describe, expect, test } from 'vitest';
import { ACTION_TIMEOUT_MS, PHONE, trainerContext } from '../support/browser.ts';
import { useBuiltServerAndBrowser } from '../support/built-server-and-browser.ts';
import { SCREENSHOTS } from '../support/live-flow.ts';
import { TRAINER_HEADERS } from '../support/test-server.ts';
import { createGroup, deleteGroup, openGroupSession } from '../../src/sync/group-api.ts';

describe('a leergang session that the trainer deletes', () => {
  const running = useBuiltServerAndBrowser('dist');

  test('the start page shows its online link; a phone in it says the session no longer exists', async () => {
    const { origin, joinUrl } = running.server;
    const group = await createGroup(origin, { name: 'Werkzaak najaar 2027' }, TRAINER_HEADERS);
    const room = await openGroupSession(origin, group.id, 1, TRAINER_HEADERS);

    const trainer = await trainerContext(running.browser, running.server.trainerUrl);
    const home = await trainer.newPage();
    await home.goto(`${origin}/`);
    const link = home.locator(`mw-groups li[data-group="${group.id}"] li[data-session="1"] mw-online-link`);
    // The group's summary holds no join key: the link is the typed code's, marked online.
    await expect.poll(() => link.getByLabel('Link voor online deelnemers').inputValue()).toBe(`${joinUrl}?code=${room.code}&online`);
    await expect(home.locator(`mw-groups li[data-group="${group.id}"] li[data-session="2"] mw-online-link`).count()).resolves.toBe(0);
    await home.screenshot({ path: `${SCREENSHOTS}/home-leergang-online-link.png` });

    const context = await running.browser.newContext(PHONE);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const phone = await context.newPage();
    await phone.goto(`${joinUrl}?code=${room.code}&k=${encodeURIComponent(room.joinKey)}`);
    // A new member: first the personal code, then the name.
    await phone.getByRole('button', { name: 'Verder' }).click();
    await phone.getByRole('button', { name: 'Verder' }).click();
    await phone.locator('header .link.up').waitFor();

    expect(await deleteGroup(origin, group.id, 'Werkzaak najaar 2027', TRAINER_HEADERS)).toEqual({ deleted: true });
    await phone.getByRole('alert').getByText('Deze sessie bestaat niet meer.').waitFor();
    // No promise of a connection that will not come back.
    await expect(phone.locator('header .link').count()).resolves.toBe(0);
    await phone.screenshot({ path: `${SCREENSHOTS}/phone-room-deleted.png` });
    await context.close();
    await trainer.close();
  });
});

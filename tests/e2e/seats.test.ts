import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousA11yViolations } from '../support/axe.ts';
import { ACTION_TIMEOUT_MS, PHONE } from '../support/browser.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';
import { goToSlide } from '../support/slides.ts';

/** The fixture deck "kleine-groep" seats two phones (`deelnemers: 2` in its join block). */
describe('seats in real Chromium', () => {
  let flow: LiveFlow;
  let latecomer: Page;
  let moderation: Page;
  const card = () => flow.projector.locator('section.present mw-join-card');
  const row = (name: string) => moderation.locator('mw-participant-list li', { hasText: name });

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'kleine-groep', phones: 2 });
  });

  afterAll(async () => {
    await flow?.close();
  });

  test('the join card shows the seats taken; a phone over the cap is told the session is full, and the card warns', async () => {
    await goToSlide(flow.projector, 1);
    await card().locator('.seats[data-taken="2"][data-cap="2"]').waitFor();
    await expect(card().locator('.seats').textContent()).resolves.toBe('2 van 2 plaatsen');
    await expect(card().locator('.full').count()).resolves.toBe(0);

    const context = await flow.browser.newContext(PHONE);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    latecomer = await context.newPage();
    const code = await card().locator('.code').getAttribute('data-code');
    await latecomer.goto(`${flow.server.joinUrl}?code=${code}`);
    await latecomer.getByRole('alert').getByText('Deze sessie is vol. Vraag de trainer.').waitFor();
    await card().locator('.full[data-refused="1"]').waitFor();
    await expect(card().locator('.full').textContent()).resolves.toContain('Vol: 1 telefoon kon er niet meer bij.');
    await flow.screenshot(flow.projector, 'projector-join-card-full');
  });

  test('the trainer removes a participant in the moderation window: its answer leaves the projector and its phone is told', async () => {
    await flow.showExercise('eerst', 'mw-choice-phone');
    await flow.phones[0].locator('mw-choice-phone button[data-option="a"]').click();
    await flow.phones[1].locator('mw-choice-phone button[data-option="b"]').click();
    await flow.projector.locator('.present .answered[data-answered="2"]').waitFor();

    moderation = await flow.projector.context().newPage();
    await moderation.goto(`${flow.server.origin}/moderate?deck=kleine-groep`);
    await moderation.locator('mw-participant-list .summary[data-count="2"]').waitFor();
    await expect(row('Deelnemer 1').textContent()).resolves.toMatch(/Deelnemer 1\s*in de zaal\s*verbonden\s*1 antwoord\b/);
    expect(await seriousA11yViolations(moderation)).toEqual([]);

    await row('Deelnemer 1').getByRole('button', { name: 'Verwijderen' }).click();
    await row('Deelnemer 1').getByRole('button', { name: 'Annuleren' }).click();
    await expect(row('Deelnemer 1').getByRole('button', { name: 'Ja, verwijderen' }).count()).resolves.toBe(0);
    await row('Deelnemer 1').getByRole('button', { name: 'Verwijderen' }).click();
    await flow.screenshot(moderation, 'moderation-remove-participant');
    await row('Deelnemer 1').getByRole('button', { name: 'Ja, verwijderen' }).click();

    await flow.phones[0].getByText('De trainer heeft je uit deze sessie gehaald.').waitFor();
    await moderation.locator('mw-participant-list .summary[data-count="1"]').waitFor();
    await expect(row('Deelnemer 1').count()).resolves.toBe(0);
    await flow.projector.locator('.present .answered[data-answered="1"]').waitFor();
    await flow.projector.locator('.present li[data-option="a"] .count[data-count="0"]').waitFor();
  });

  test('a removed phone that reloads stays out; its freed seat lets the latecomer in, who waits out a busy server by itself', async () => {
    const joins: string[] = [];
    flow.phones[0].on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/join') joins.push(request.url());
    });
    await flow.phones[0].reload();
    await flow.phones[0].getByText('De trainer heeft je uit deze sessie gehaald.').waitFor();
    expect(joins).toEqual([]);

    // The server is busy with a hall (its first answer is 429): the phone says so and gets in without another tap.
    let answered429 = 0;
    await latecomer.route('**/api/join', async (route) => {
      if (answered429++ > 0) return route.continue();
      await route.fulfill({ status: 429, contentType: 'application/json', body: JSON.stringify({ error: 'Te veel aanmeldingen tegelijk, probeer het zo weer.' }) });
    });
    await latecomer.getByRole('button', { name: 'Meedoen' }).click();
    await latecomer.getByRole('status').getByText('Te veel aanmeldingen tegelijk. Je telefoon probeert het zo vanzelf opnieuw…').waitFor();
    await latecomer.getByLabel('Je naam of bijnaam').waitFor();
    expect(answered429).toBe(2);
    await goToSlide(flow.projector, 1);
    await card().locator('.seats[data-taken="2"][data-cap="2"]').waitFor();
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousA11yViolations } from '../support/axe.ts';
import { ACTION_TIMEOUT_MS, trainerContext } from '../support/browser.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

/**
 * Two sessions of one group on one trainer laptop and the same phones: meting-1 asks the item,
 * meting-2 asks it again with `vergelijk: meting-1/zelfvertrouwen`.
 */
describe('scale compared between two sessions in real Chromium', () => {
  let flow: LiveFlow;

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'meting-1', phones: 3 });
  });

  afterAll(async () => {
    await flow?.close();
  });

  async function rate(values: (number | null)[]) {
    for (const [i, value] of values.entries()) {
      if (value === null) continue;
      await flow.phones[i].locator(`mw-scale-phone button[data-value="${value}"]`).click();
      await flow.phones[i].getByText('Antwoord ontvangen').waitFor();
    }
  }

  test('the projector shows the shift of the room and each phone only its own shift', async () => {
    await flow.showExercise('zelfvertrouwen', 'mw-scale-phone');
    // The third phone skips the first session: it has nothing to compare with later.
    await rate([4, 5, null]);
    const first = flow.screen('mw-scale-screen');
    await first.locator('.answered[data-answered="2"]').waitFor();
    await first.getByRole('button', { name: 'Toon uitslag' }).click();
    await flow.phones[0].getByText('Jij gaf 4.').waitFor();

    // A week later: the same laptop opens the next deck (a new room); the phones join it.
    await flow.projector.goto(`${flow.server.origin}/deck?deck=meting-2`);
    await flow.projector.waitForSelector('html[data-live="ready"]');
    const code = await flow.projector.evaluate(() => (JSON.parse(localStorage.getItem('mentorwijs:room:meting-2')!) as { code: string }).code);
    for (const [i, phone] of flow.phones.entries()) {
      await phone.goto(`${flow.server.joinUrl}?code=${code}`);
      await phone.getByLabel('Je naam of bijnaam').fill(`Deelnemer ${i + 1}`);
      await phone.getByRole('button', { name: 'Verder' }).click();
      await phone.locator('header .link.up').waitFor();
    }
    await flow.showExercise('zelfvertrouwen-eind', 'mw-scale-phone');
    await rate([7, 5, 8]);
    const later = flow.screen('mw-scale-screen');
    await later.locator('.answered[data-answered="3"]').waitFor();
    // Before the reveal: only this session's distribution.
    expect(await later.locator('.shift').count()).toBe(0);
    await later.getByRole('button', { name: 'Toon uitslag' }).click();

    const shift = later.locator('.summary.shift');
    await shift.waitFor();
    await expect(shift.getAttribute('data-before')).resolves.toBe('4.5');
    await expect(shift.getAttribute('data-mean')).resolves.toBe('6.7');
    await expect(shift.getAttribute('data-shift')).resolves.toBe('2.2');
    await expect(shift.textContent()).resolves.toMatch(/gemiddeld\s+4,5\s+→\s+6,7\s+\(\+2,2\)/);
    await expect(later.locator('.column[data-value="4"] [data-before]').getAttribute('data-before')).resolves.toBe('1');
    await expect(later.locator('.column[data-value="8"] [data-count]').getAttribute('data-count')).resolves.toBe('1');
    await later.getByText('Meting 1 · 2 antwoorden').waitFor();

    await flow.phones[0].getByText('In meting 1 gaf je 4, nu 7 (+3).').waitFor();
    await flow.phones[1].getByText('In meting 1 gaf je 5, nu 5 (±0).').waitFor();
    await flow.phones[2].getByText('Van meting 1 is op deze telefoon geen antwoord bewaard.').waitFor();
    // Private: no phone sees another's earlier answer.
    await expect(flow.phones[1].locator('mw-scale-phone').textContent()).resolves.not.toContain('gaf je 4');

    await flow.screenshot(flow.projector, 'projector-scale-compare');
    await flow.screenshot(flow.phones[0], 'phone-scale-compare');
    expect(await seriousA11yViolations(flow.projector)).toEqual([]);
    expect(await seriousA11yViolations(flow.phones[0])).toEqual([]);
    await flow.setTheme('dark');
    await flow.screenshot(flow.projector, 'projector-scale-compare-dark');
    expect(await seriousA11yViolations(flow.projector)).toEqual([]);
  });

  test('a laptop that never ran the earlier session says plainly that it has nothing to compare with', async () => {
    const context = await trainerContext(flow.browser, flow.server.trainerUrl);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const projector = await context.newPage();
    await projector.goto(`${flow.server.origin}/deck?deck=meting-2#/2`);
    await projector.waitForSelector('html[data-live="ready"]');
    const screen = projector.locator('section.present mw-scale-screen');
    await screen.getByRole('button', { name: 'Toon uitslag' }).click();
    await screen.getByText('Geen vergelijking: op deze laptop is geen groep van meting 1 bewaard.').waitFor();
    expect(await screen.locator('.summary.shift').count()).toBe(0);
    await context.close();
  });
});

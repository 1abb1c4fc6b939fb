import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousA11yViolations } from '../support/axe.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

const SORT = 'kijken-of-denken';
const MODEL = ['waarneming', 'interpretatie', 'waarneming', 'interpretatie', 'waarneming', 'interpretatie'];
/** Phone 1 sorts everything right, phone 2 misses one (s2), phone 3 misses two (s1, s6). */
const SORTS = [MODEL, MODEL.map((pile, i) => (i === 1 ? 'waarneming' : pile)), MODEL.map((pile, i) => (i === 0 ? 'interpretatie' : i === 5 ? 'waarneming' : pile))];

describe('observation sort in real Chromium', () => {
  let flow: LiveFlow;

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'sorteer', phones: 3 });
  });

  afterAll(async () => {
    await flow?.close();
  });

  test('phones sort every statement and send; reveal shows the room against the model and each phone its own score', async () => {
    await flow.showExercise(SORT, 'mw-sort-phone');
    const screen = flow.screen('mw-sort-screen');
    for (const [i, phone] of flow.phones.entries()) {
      const send = phone.getByRole('button', { name: 'Verstuur' });
      expect(await send.isDisabled()).toBe(true);
      for (const [index, pile] of SORTS[i].entries()) {
        await phone.locator(`mw-sort-phone li[data-statement="s${index + 1}"] button[data-pile="${pile}"]`).click();
      }
      await phone.getByText('Alles gesorteerd. Nog niet verstuurd.').waitFor();
      await expect(phone.locator('li[data-statement="s1"] button[aria-pressed="true"]').getAttribute('data-pile')).resolves.toBe(SORTS[i][0]);
      await send.click();
      await phone.getByText('Antwoord ontvangen').waitFor();
    }
    await screen.locator('.answered[data-answered="3"]').waitFor();
    await flow.screenshot(flow.projector, 'projector-sort-open');
    // Until the reveal the projector shows no split, so nobody follows the majority.
    expect(await screen.locator('td[data-count]').count()).toBe(0);
    await flow.screenshot(flow.phones[1], 'phone-sort');
    expect(await seriousA11yViolations(flow.phones[0])).toEqual([]);

    await screen.getByRole('button', { name: 'Toon uitslag' }).click();
    await screen.locator('.right[data-goed="83"]').waitFor();
    await expect(screen.locator('tr[data-statement="s1"] td.model').getAttribute('data-pile')).resolves.toBe('waarneming');
    await expect(screen.locator('tr[data-statement="s1"] td.model').getAttribute('data-count')).resolves.toBe('2');
    await expect(screen.locator('tr[data-statement="s2"] td[data-pile="waarneming"]').getAttribute('data-count')).resolves.toBe('1');
    await screen.getByText('Een waarneming kun je zien of horen').waitFor();

    await flow.phones[0].getByText('Alles goed: 6 van de 6.').waitFor();
    await flow.phones[1].getByText('Je sorteerde 5 van de 6 goed.').waitFor();
    await flow.phones[2].getByText('Je sorteerde 4 van de 6 goed.').waitFor();
    await flow.phones[1].locator('li[data-statement="s2"] button.wrong[data-pile="waarneming"]').waitFor();
    await flow.phones[1].locator('li[data-statement="s2"] button.correct[data-pile="interpretatie"]').waitFor();
    await expect(flow.phones[1].locator('li[data-statement="s2"] .room').textContent()).resolves.toBe('Groep: waarneming 1 · interpretatie 2');
    expect(await flow.phones[2].locator('button.wrong').count()).toBe(2);

    await flow.screenshot(flow.projector, 'projector-sort');
    await flow.screenshot(flow.phones[1], 'phone-sort-revealed');
    expect(await seriousA11yViolations(flow.projector)).toEqual([]);
    expect(await seriousA11yViolations(flow.phones[1])).toEqual([]);
    await flow.setTheme('dark');
    await flow.screenshot(flow.projector, 'projector-sort-dark');
    expect(await seriousA11yViolations(flow.projector)).toEqual([]);
  });

  test('a sort with three piles is answered from the keyboard, and a changed answer is sent again', async () => {
    await flow.showExercise('drie-stapels', 'mw-sort-phone');
    const phone = flow.phones[0];
    const first = phone.locator('li[data-statement="s1"] button[data-pile="waarneming"]');
    await first.focus();
    await phone.keyboard.press('Enter');
    await expect(first.getAttribute('aria-pressed')).resolves.toBe('true');
    await phone.getByText('Nog 2 van de 3 te sorteren.').waitFor();
    await phone.locator('li[data-statement="s2"] button[data-pile="interpretatie"]').click();
    await phone.locator('li[data-statement="s3"] button[data-pile="interpretatie"]').click();
    await phone.getByRole('button', { name: 'Verstuur' }).click();
    await phone.getByText('Antwoord ontvangen').waitFor();
    await phone.locator('li[data-statement="s3"] button[data-pile="gevoel"]').click();
    await phone.getByText('Nog niet verstuurd.').waitFor();
    await phone.getByRole('button', { name: 'Verstuur' }).click();
    await phone.getByText('Antwoord ontvangen').waitFor();
    const screen = flow.screen('mw-sort-screen');
    await screen.locator('.answered[data-answered="1"]').waitFor();
    await screen.getByRole('button', { name: 'Toon uitslag' }).click();
    await phone.getByText('Alles goed: 3 van de 3.').waitFor();
    await flow.screenshot(phone, 'phone-sort-three-piles');
  });

  test('ten statements on four piles fit the projector and a phone', async () => {
    await flow.showExercise('tien-uitspraken', 'mw-sort-phone');
    const phone = flow.phones[2];
    const piles = ['waarneming', 'interpretatie', 'gevoel', 'advies', 'waarneming', 'interpretatie', 'waarneming', 'gevoel', 'advies', 'interpretatie'];
    for (const [index, pile] of piles.entries()) await phone.locator(`li[data-statement="s${index + 1}"] button[data-pile="${pile}"]`).click();
    await phone.getByRole('button', { name: 'Verstuur' }).click();
    await phone.getByText('Antwoord ontvangen').waitFor();
    const screen = flow.screen('mw-sort-screen');
    await screen.locator('.answered[data-answered="1"]').waitFor();
    await screen.getByRole('button', { name: 'Toon uitslag' }).click();
    await phone.getByText('Je sorteerde 9 van de 10 goed.').waitFor();
    await screen.locator('.right[data-goed="90"]').waitFor();
    const bottom = await screen.locator('.status-row').evaluate((row) => row.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(720);
    await flow.screenshot(flow.projector, 'projector-sort-ten');
    await phone.locator('li[data-statement="s1"]').scrollIntoViewIfNeeded();
    await flow.screenshot(phone, 'phone-sort-four-piles');
  });
});

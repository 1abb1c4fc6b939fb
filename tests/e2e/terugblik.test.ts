/**
 * The look-back on a transfer task in real Chromium: each phone shows its member's own task from
 * the history the join page provides (here the test provides it, as the page's context would), or
 * says kindly why it has none; the projector shows how it went and only the stories the trainer approved.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MemberHistory, MemberSession } from '../../src/sync/member-api.ts';
import { seriousA11yViolations } from '../support/axe.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

const OWN_TASK = 'Ik vraag mijn nieuwe collega elke vrijdag hoe de week ging';
const SHARED = 'Hij vertelde meer dan ik dacht, ook over de drukte bij de kassa';
const UNSHARED = 'Ik vergat het, het was een rommelige week thuis';

/** A member's history as the member API returns it, with session 1 (deck "opdracht" in the fixtures) as given. */
function historyWith(session: Pick<MemberSession, 'attended' | 'tasks'>): MemberHistory {
  return {
    group: { id: 'g1', name: 'Werkzaak voorjaar', organisation: 'Werkzaak', trainers: ['Anna'] },
    member: { id: 'm1', pseudonym: 'lid-001' },
    sessions: [
      { session: 1, deck: 'opdracht', title: 'Sessie 1', about: null, plannedDate: null, given: true, asked: [], scales: [], ...session },
      { session: 2, deck: 'terugblik', title: 'Sessie 2', about: null, plannedDate: null, given: true, attended: true, tasks: [], asked: [], scales: [] },
    ],
    scales: {},
    shifts: [],
    certificate: { minimum: 4, issued: false, qualifies: false, name: null },
    expiresAt: Date.now() + 86_400_000,
  };
}

/** Answers the phone view's request for the member's history, as the join page's provider does in a leergang. */
async function provideHistory(phone: Page, history: MemberHistory) {
  await phone.evaluate((value) => {
    window.addEventListener('context-request', (event) => {
      const request = event as Event & { context: unknown; callback: (value: unknown) => void };
      if (request.context !== 'mentorwijs:member-history') return;
      event.stopPropagation();
      request.callback(value);
    });
  }, history);
}

describe('look-back on a transfer task in real Chromium', () => {
  let flow: LiveFlow;
  let moderation: Page;

  const screen = () => flow.screen('mw-terugblik-screen');
  const phoneView = (i: number) => flow.phones[i].locator('mw-terugblik-phone');

  async function answer(i: number, label: string, story?: { text: string; share: boolean }) {
    const phone = flow.phones[i];
    await phone.getByRole('button', { name: label }).click();
    if (story) {
      await phone.getByLabel('Vertel kort hoe het ging (hoeft niet)').fill(story.text);
      if (story.share) await phone.getByLabel('Deel mijn verhaal met de trainer').check();
    }
    await phone.getByRole('button', { name: 'Bewaar' }).click();
    await phoneView(i).getByText(`Bewaard: ${label}`).waitFor();
  }

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'terugblik', phones: 4 });
    await provideHistory(flow.phones[0], historyWith({ attended: true, tasks: [{ exercise: 'transfer', question: 'Wat ga je uitproberen?', text: OWN_TASK, shared: false }] }));
    await provideHistory(flow.phones[1], historyWith({ attended: true, tasks: [] }));
    await provideHistory(flow.phones[2], historyWith({ attended: false, tasks: [] }));
    // Phone 3 is outside a leergang: no history at all.
    await flow.showExercise('hoe-ging-het', 'mw-terugblik-phone');
  });

  afterAll(async () => {
    await flow?.close();
  });

  test('each phone shows its own task from last time, or kindly says why it has none, and still asks', async () => {
    await expect(phoneView(0).locator('.own-task').textContent()).resolves.toBe(OWN_TASK);
    await phoneView(0).getByText('Jouw opdracht van vorige keer').waitFor();
    await phoneView(1).getByText('Je schreef vorige keer geen opdracht op deze telefoon.').waitFor();
    await phoneView(2).getByText('Je was er vorige keer niet.').waitFor();
    await phoneView(3).getByText('Je opdracht van vorige keer staat niet op deze telefoon.').waitFor();
    for (const i of [1, 2, 3]) await expect(flow.phones[i].getByText(OWN_TASK).count()).resolves.toBe(0);
    for (const phone of flow.phones) {
      await phone.getByText('Noem geen namen of diagnoses van medewerkers.').waitFor();
      await expect(phone.getByLabel('Deel mijn verhaal met de trainer').isChecked()).resolves.toBe(false);
      await expect(phone.getByRole('button', { name: 'Bewaar' }).isDisabled()).resolves.toBe(true);
    }
    await flow.screenshot(flow.phones[0], 'phone-terugblik-own-task');
    await flow.screenshot(flow.phones[2], 'phone-terugblik-missed');
    expect(await seriousA11yViolations(flow.phones[0])).toEqual([]);
  });

  test('four phones answer; the projector counts every step but holds only the shared stories', async () => {
    await answer(0, 'Ging goed', { text: SHARED, share: true });
    await answer(1, 'Niet aan toegekomen', { text: UNSHARED, share: false });
    await answer(2, 'Ging een beetje');
    await answer(3, 'Ging heel goed');
    await phoneView(1).getByText('De trainer ziet hoe het ging, niet je verhaal.').waitFor();
    await phoneView(0).getByText('Je verhaal is gedeeld met de trainer.').waitFor();
    await screen().locator('.shown-count[data-total="4"][data-shared="1"][data-shown="0"]').waitFor();
    const counts = await screen().locator('.count').evaluateAll((spans) => spans.map((span) => span.getAttribute('data-count')));
    expect(counts).toEqual(['1', '0', '1', '1', '1']);
    await expect(screen().locator('.mean').textContent()).resolves.toBe('3,3');
    await expect(screen().locator('.card').count()).resolves.toBe(0);
  });

  test('the moderation window lists the shared story only; the trainer shows it on the projector', async () => {
    [moderation] = await Promise.all([
      flow.projector.context().waitForEvent('page'),
      screen().getByRole('button', { name: 'Modereren' }).click(),
    ]);
    await moderation.waitForURL(/\/moderate\?deck=terugblik$/);
    await moderation.locator('.summary[data-total="1"]').waitFor();
    await expect(moderation.locator('mw-moderation-app li .text').allTextContents()).resolves.toEqual([SHARED]);
    await moderation.locator('mw-moderation-app li', { hasText: 'Deelnemer 1' }).getByRole('button', { name: 'Toon' }).click();

    await screen().locator('.shown-count[data-shown="1"]').waitFor();
    await expect(screen().locator('.card').allTextContents()).resolves.toEqual([SHARED]);
    await flow.phones[0].getByText('De trainer toont je verhaal op het scherm.').waitFor();
    await flow.screenshot(flow.projector, 'projector-terugblik');
    expect(await seriousA11yViolations(flow.projector)).toEqual([]);
  });

  test('at the reveal phones see the aggregate only; the unshared story stays on its writer\'s phone', async () => {
    await screen().getByRole('button', { name: 'Toon op telefoons' }).click();
    for (const i of flow.phones.keys()) await phoneView(i).getByText('De groep: 4 antwoorden, gemiddeld 3,3').waitFor();
    for (const page of [flow.projector, moderation]) await expect(page.getByText(UNSHARED).count()).resolves.toBe(0);
    for (const [i, phone] of flow.phones.entries()) {
      await expect(phone.getByText(UNSHARED).count(), `phone ${i}`).resolves.toBe(i === 1 ? 1 : 0);
      // Another member's story reaches no phone either, even when the projector shows it.
      await expect(phone.getByText(SHARED).count(), `phone ${i}`).resolves.toBe(i === 0 ? 1 : 0);
    }
    await phoneView(1).locator('.room').scrollIntoViewIfNeeded();
    await flow.screenshot(flow.phones[1], 'phone-terugblik-revealed');
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousA11yViolations } from '../support/axe.ts';
import { ACTION_TIMEOUT_MS, PHONE } from '../support/browser.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';
import { goToSlide } from '../support/slides.ts';

/** What the phones type, in joining order: one with a right-to-left override, two names in Arabic script. */
const TYPED = ['\u202eEva', 'Anna', 'محمد', 'علي'];
const SHOWN = ['Eva', 'Anna', 'محمد', 'علي'];

/** Where each name is drawn on the join card: its left edge, and whether its letters run the way they are written. */
function namesAsDrawn(page: Page, names: readonly string[]) {
  return page.locator('section.present mw-join-card').evaluate((card, names) => {
    const list = card.shadowRoot!.querySelector('.names')!;
    const walker = document.createTreeWalker(list, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    const rectOf = (node: Text, start: number, end: number) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return range.getBoundingClientRect();
    };
    return names.map((name) => {
      const node = texts.find((text) => text.data.includes(name))!;
      const at = node.data.indexOf(name);
      const first = rectOf(node, at, at + 1);
      const last = rectOf(node, at + name.length - 1, at + name.length);
      const isRtl = /[\u0600-\u06ff]/.test(name);
      return { name, left: rectOf(node, at, at + name.length).left, runsAsWritten: isRtl ? first.left > last.left : first.left < last.left };
    });
  }, names);
}

describe('names on the join card in real Chromium', () => {
  let flow: LiveFlow;
  const card = () => flow.projector.locator('section.present mw-join-card');

  /** A new phone at the name step of this room. */
  async function phoneAtNameStep(): Promise<Page> {
    const code = await card().locator('.code').getAttribute('data-code');
    const context = await flow.browser.newContext(PHONE);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const phone = await context.newPage();
    await phone.goto(`${flow.server.joinUrl}?code=${code}`);
    await phone.getByLabel('Je naam of bijnaam').waitFor();
    return phone;
  }

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'meting-1', phones: TYPED.length, nicknames: TYPED });
    await goToSlide(flow.projector, 1);
    await card().locator(`.count[data-online="${TYPED.length}"]`).waitFor();
    // A phone is online before its nickname arrives: wait for the last name.
    await card().locator('.names', { hasText: 'علي' }).waitFor();
  });

  afterAll(async () => {
    await flow?.close();
  });

  test('a name with a right-to-left override arrives without it and turns no other name around', async () => {
    const text = await card().locator('.names').textContent();
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    const drawn = await namesAsDrawn(flow.projector, SHOWN);
    expect(drawn.map((name) => name.runsAsWritten)).toEqual(SHOWN.map(() => true));
    // Each name stands where it joined: left to right in joining order, the Arabic ones too.
    expect([...drawn].sort((a, b) => a.left - b.left).map((name) => name.name)).toEqual(SHOWN);
    await flow.screenshot(flow.projector, 'projector-join-names');
  });

  test('the name step says that the name appears on the projector', async () => {
    const phone = await phoneAtNameStep();
    await phone.getByText('Je naam komt op het grote scherm in de zaal').waitFor();
    await flow.screenshot(phone, 'phone-name-step');
    expect(await seriousA11yViolations(phone)).toEqual([]);
    await phone.context().close();
  });

  test('the trainer hides the names with the keyboard; the projector shows none and the name step says so', async () => {
    const hide = card().getByRole('button', { name: 'Namen verbergen' });
    await hide.focus();
    await flow.projector.keyboard.press('Enter');
    await card().getByRole('button', { name: 'Namen tonen' }).waitFor();
    await expect(card().locator('.names').count()).resolves.toBe(0);
    await expect(card().locator('.count').textContent()).resolves.toBe('4 deelnemers verbonden');
    await flow.screenshot(flow.projector, 'projector-join-names-hidden');

    const phone = await phoneAtNameStep();
    await phone.getByText('De namen staan nu niet op het grote scherm').waitFor();
    expect(await phone.getByText('Je naam komt op het grote scherm').count()).toBe(0);
    await flow.screenshot(phone, 'phone-name-step-hidden');
    await phone.context().close();

    await card().getByRole('button', { name: 'Namen tonen' }).click();
    await card().locator('.names', { hasText: 'Anna' }).waitFor();
    expect(await seriousA11yViolations(flow.projector)).toEqual([]);
  });
});

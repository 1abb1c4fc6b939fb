/**
 * The scale's phone view keeps its own answers in the storage the page provides (a context), not
 * in `localStorage` it reaches for itself: here a page part provides a Storage of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useBuiltServerAndBrowser } from '../support/built-server-and-browser.ts';
import { PHONE } from '../support/browser.ts';

describe('the scale phone view in real Chromium', () => {
  const running = useBuiltServerAndBrowser();

  test('remembers and compares with the storage provided to it, and leaves localStorage alone', async () => {
    const page = await (await running.browser.newContext(PHONE)).newPage();
    await page.goto(running.server.joinUrl);
    // Phone views load when their kind first opens; this page has none open, so load the scale's
    // view as the join page would, from the build's own chunk.
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../dist-fixtures/.vite/manifest.json'), 'utf8'));
    const chunk = Object.entries(manifest as Record<string, { file: string }>).find(([key]) => key.endsWith('/scale/views/mw-scale-phone.ts'))![1].file;
    const seen = await page.evaluate(async (viewUrl) => {
      // A script element, not import(): the test runner would rewrite an import() in this function.
      document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: viewUrl }));
      await customElements.whenDefined('mw-scale-phone');
      const kept = new Map<string, string>();
      const storage: Storage = {
        get length() {
          return kept.size;
        },
        key: (index) => [...kept.keys()][index] ?? null,
        getItem: (key) => kept.get(key) ?? null,
        setItem: (key, value) => void kept.set(key, String(value)),
        removeItem: (key) => void kept.delete(key),
        clear: () => kept.clear(),
      };
      // This phone's answer in the earlier session, as that session kept it.
      storage.setItem('mentorwijs:scale:meting-1/zelfvertrouwen', '4');
      const provider = document.createElement('div');
      provider.addEventListener('context-request', (event) => {
        const request = event as Event & { context: unknown; callback: (value: unknown) => void };
        if (request.context !== 'mentorwijs:storage') return;
        event.stopPropagation();
        request.callback(storage);
      });
      document.body.append(provider);
      const phone = Object.assign(document.createElement('mw-scale-phone') as HTMLElement & { updateComplete: Promise<unknown> }, {
        prompt: {
          kind: 'scale', question: 'Ik kan mijn medewerker goed begeleiden.', min: 0, max: 10, labels: [],
          remember: 'meting-2/zelfvertrouwen-eind',
          compare: { remember: 'meting-1/zelfvertrouwen', session: 'sessie 1' },
        },
        status: 'revealed',
        reveal: { tally: { total: 3, counts: { 7: 3 }, mean: 7, median: 7 } },
        answer: 7,
      });
      provider.append(phone);
      await phone.updateComplete;
      return {
        kept: Object.fromEntries(kept),
        inLocalStorage: Object.keys(localStorage).filter((key) => key.startsWith('mentorwijs:scale:')),
        shift: phone.shadowRoot!.querySelector('.shift')?.textContent,
      };
    }, `/${chunk}`);
    expect(seen.kept).toEqual({ 'mentorwijs:scale:meting-1/zelfvertrouwen': '4', 'mentorwijs:scale:meting-2/zelfvertrouwen-eind': '7' });
    expect(seen.inLocalStorage).toEqual([]);
    expect(seen.shift).toBe('In sessie 1 gaf je 4, nu 7 (+3).');
  });
});

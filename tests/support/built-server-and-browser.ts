/** The built server and Chromium for a browser test file: started before its tests, stopped after. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { startBuiltServer, type TestServer } from './test-server.ts';

export function useBuiltServerAndBrowser(build: 'dist-fixtures' | 'dist' = 'dist-fixtures'): { server: TestServer; browser: Browser } {
  const running = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    running.server = await startBuiltServer(build);
    running.browser = await launchChromium();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.close();
  });
  return running;
}

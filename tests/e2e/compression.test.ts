/**
 * What a phone's first screen costs on the venue wifi: the build's precompressed copies are sent
 * by Accept-Encoding, and hashed assets are cached for good, measured in real Chromium on a slow
 * 3G profile (400 kbit/s, 400 ms round trip).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { PHONE } from '../support/browser.ts';
import { useBuiltServerAndBrowser } from '../support/built-server-and-browser.ts';

const DIST = join(import.meta.dirname, '../../dist-fixtures');
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };

type Loaded = { url: string; bytes: number; fromCache: boolean };

/** Every response the page loads, with the bytes that came over the wire. */
async function watchNetwork(page: Page): Promise<{ cdp: CDPSession; loaded: Loaded[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  const urls = new Map<string, { url: string; fromCache: boolean }>();
  const loaded: Loaded[] = [];
  // A memory-cache hit is announced (requestServedFromCache) before its response.
  const servedFromCache = new Set<string>();
  cdp.on('Network.requestServedFromCache', (event) => servedFromCache.add(event.requestId));
  cdp.on('Network.responseReceived', (event) =>
    urls.set(event.requestId, { url: event.response.url, fromCache: servedFromCache.has(event.requestId) || event.response.fromDiskCache === true }),
  );
  cdp.on('Network.loadingFinished', (event) => {
    const response = urls.get(event.requestId);
    if (response) loaded.push({ ...response, bytes: event.encodedDataLength });
  });
  return { cdp, loaded };
}

describe('the phone page on slow wifi', () => {
  const running = useBuiltServerAndBrowser();

  test('the server sends the precompressed copy the browser accepts, and marks hashed assets immutable', async () => {
    // The page itself is under a kilobyte: it goes as it is, and is checked on every load.
    const html = await fetch(`${running.server.origin}/join`, { headers: { 'accept-encoding': 'br' } });
    expect(html.headers.get('cache-control')).toBe('no-cache');
    const script = (await html.text()).match(/src="(\/assets\/join-[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    for (const encoding of ['br', 'gzip']) {
      const asset = await fetch(`${running.server.origin}${script}`, { headers: { 'accept-encoding': encoding } });
      expect(asset.headers.get('content-encoding')).toBe(encoding);
      expect(asset.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
      expect(asset.headers.get('vary')).toBe('Accept-Encoding');
    }
    // A client that accepts no compression still gets the file as it is.
    const plain = await fetch(`${running.server.origin}${script}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Number(plain.headers.get('content-length'))).toBe(statSync(join(DIST, script!)).size);
  });

  test('the first screen comes over the wire at a third of its size, and a second visit loads no asset again', async () => {
    const context = await running.browser.newContext(PHONE);
    const page = await context.newPage();
    const { loaded } = await watchNetwork(page);
    const started = Date.now();
    await page.goto(running.server.joinUrl);
    await page.getByLabel('Code van het scherm').waitFor({ timeout: 30_000 });
    const seconds = (Date.now() - started) / 1000;
    const ours = loaded.filter((entry) => entry.url.startsWith(running.server.origin));
    const wire = ours.reduce((sum, entry) => sum + entry.bytes, 0);
    const raw = ours.reduce((sum, entry) => {
      const path = new URL(entry.url).pathname;
      return sum + statSync(join(DIST, path === '/join' ? 'join.html' : path)).size;
    }, 0);
    console.log(`phone's first screen on slow 3G: ${Math.round(wire / 1024)} kB over the wire (files ${Math.round(raw / 1024)} kB), ${seconds.toFixed(1)} s`);
    expect(ours.length).toBeGreaterThan(2);
    expect(wire).toBeLessThan(raw * 0.4);

    loaded.length = 0;
    await page.goto(`${running.server.joinUrl}?again=1`);
    await page.getByLabel('Code van het scherm').waitFor({ timeout: 30_000 });
    const assets = loaded.filter((entry) => new URL(entry.url).pathname.startsWith('/assets/'));
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((entry) => !entry.fromCache)).toEqual([]);
    await context.close();
  });
});

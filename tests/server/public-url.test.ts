/**
 * PUBLIC_URL (decision 0091): online participants at home cannot reach the laptop's LAN address,
 * so with the setting every link the server hands out (the join link behind the QR code and the
 * online link, co-trainer invites, the remote) carries the public address, and the server answers
 * to that host name, which it would otherwise refuse (421, decision 0020).
 */
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS, type Config } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/server.ts';
import { fixtureManifest } from '../support/fixture-manifest.ts';
import { tempDir, TEST_TRAINER_KEY, TRAINER_HEADERS } from '../support/test-server.ts';

const PUBLIC_URL = 'https://live.example.nl';

function get(port: number, path: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, headers }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('PUBLIC_URL', () => {
  let running: RunningServer | undefined;
  afterEach(async () => running?.close());

  const start = (publicUrl?: string) => {
    const config: Config = { port: 0, host: '127.0.0.1', dataDir: tempDir(), distDir: tempDir('mw-dist-'), limits: DEFAULT_LIMITS, trainerKey: TEST_TRAINER_KEY, publicUrl };
    return startServer({ config, manifest: fixtureManifest(), publicPaths: new Set(), publicHost: '127.0.0.1' });
  };

  test('the join link and the printed URLs carry the public address (invite and remote links derive from it), and the server answers to its host', async () => {
    running = await start(PUBLIC_URL);
    expect(running.joinUrl).toBe(`${PUBLIC_URL}/join`);
    expect(running.trainerUrl).toBe(`${PUBLIC_URL}/?key=${TEST_TRAINER_KEY}`);

    // The trainer's deck reads the join link here, through a proxy that keeps the Host header.
    const info = await get(running.port, '/api/info', { ...TRAINER_HEADERS, host: 'live.example.nl' });
    expect(info.status).toBe(200);
    expect(JSON.parse(info.text).joinUrl).toBe(`${PUBLIC_URL}/join`);
    // The laptop's own address keeps working beside it.
    expect((await get(running.port, '/health', { host: `127.0.0.1:${running.port}` })).status).toBe(200);
    // Any other name is still refused.
    expect((await get(running.port, '/health', { host: 'evil.example' })).status).toBe(421);
  });

  test('without it the links carry the LAN address and the public name is refused', async () => {
    running = await start();
    expect(running.joinUrl).toBe(`http://127.0.0.1:${running.port}/join`);
    expect((await get(running.port, '/health', { host: 'live.example.nl' })).status).toBe(421);
  });
});

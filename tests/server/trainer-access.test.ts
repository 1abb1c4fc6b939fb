import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/server.ts';
import { resultsDocName, stageDocName } from '../../src/shared/doc-names.ts';
import { ApiError, joinRoom } from '../../src/sync/room-api.ts';
import { createRoom } from '../../src/sync/trainer-api.ts';
import { fixtureManifest, FIXTURE_DECK } from '../support/fixture-manifest.ts';
import { openRawSocket } from '../support/raw-socket.ts';
import { connectTrainer, startTestServer, tempDir, TRAINER_HEADERS, type TestServer } from '../support/test-server.ts';

/** A raw HTTP request, so Host, Origin and content type are exactly what the test says. */
function send(
  origin: string,
  { method = 'GET', path = '/', headers = {}, body }: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${origin}${path}`, { method, headers }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: unknown) => (error instanceof ApiError ? error.status : -1),
  );

describe('the trainer credential', () => {
  let server: TestServer;
  afterEach(async () => server?.close());

  test('refuses to create or resume a room, or list the decks, without it', async () => {
    server = await startTestServer();
    expect(await statusOf(createRoom(server.origin, FIXTURE_DECK))).toBe(401);
    const room = await createRoom(server.origin, FIXTURE_DECK, TRAINER_HEADERS);
    const resume = await send(server.origin, {
      method: 'POST', path: '/api/rooms/resume', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: room.code, secret: room.secret }),
    });
    expect(resume.status).toBe(401);
    expect((await send(server.origin, { path: '/api/info' })).status).toBe(401);
    // A phone needs nothing: joining stays open.
    expect((await joinRoom(server.origin, room.code)).pid).toMatch(/^[\w-]{16}$/);
  });

  test('the printed Trainer: URL gives the browser an HttpOnly, same-site cookie and drops the key from the address', async () => {
    server = await startTestServer();
    const url = new URL(server.trainerUrl);
    const signIn = await send(server.origin, { path: `${url.pathname}${url.search}` });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.location).toBe('/');
    const cookie = String(signIn.headers['set-cookie']);
    expect(cookie).toMatch(/^mw_trainer=[\w-]+; HttpOnly; SameSite=Strict; Path=\//);
    expect(cookie).not.toContain(server.trainerKey);

    const created = await send(server.origin, {
      method: 'POST', path: '/api/rooms',
      headers: { cookie: cookie.split(';')[0], 'content-type': 'application/json', origin: server.origin },
      body: JSON.stringify({ deck: FIXTURE_DECK }),
    });
    expect(created.status).toBe(201);

    const wrong = await send(server.origin, { path: '/?key=not-the-key' });
    expect(wrong.status).toBe(403);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  test('refuses a state change sent as a form or text, or from another site, even with the cookie', async () => {
    server = await startTestServer();
    const post = (headers: Record<string, string>) =>
      send(server.origin, { method: 'POST', path: '/api/rooms', headers: { ...TRAINER_HEADERS, ...headers }, body: JSON.stringify({ deck: FIXTURE_DECK }) });
    expect((await post({ 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post({ 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await post({ 'content-type': 'application/json', origin: 'http://evil.example' })).status).toBe(403);
    expect((await post({ 'content-type': 'application/json', origin: server.origin })).status).toBe(201);
  });

  test('a trainer or viewer socket needs the credential besides the room secret or viewer token', async () => {
    server = await startTestServer();
    const trainer = await connectTrainer(server.origin);
    const stage = stageDocName(trainer.code);
    await expect(openRawSocket(server.origin, stage, { role: 'trainer', secret: trainer.room.secret })).rejects.toThrow('HTTP 401');
    await expect(openRawSocket(server.origin, resultsDocName(trainer.code), { role: 'viewer', token: trainer.room.viewerToken })).rejects.toThrow(
      'HTTP 401',
    );
    const withKey = await openRawSocket(server.origin, stage, { role: 'trainer', secret: trainer.room.secret }, TRAINER_HEADERS);
    withKey.ws.close();
    // A page on another site cannot borrow the trainer's cookie for a socket.
    await expect(
      openRawSocket(server.origin, stage, { role: 'trainer', secret: trainer.room.secret }, { ...TRAINER_HEADERS, origin: 'http://evil.example' }),
    ).rejects.toThrow('HTTP 403');
    trainer.destroy();
  });

  test('limits how many rooms one address creates in a short time', async () => {
    server = await startTestServer({ limits: { roomCreateBurst: 3, roomCreatesPerSecond: 0.001 } });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push(await statusOf(createRoom(server.origin, FIXTURE_DECK, TRAINER_HEADERS)));
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });
});

describe('requests from elsewhere', () => {
  let server: TestServer;
  afterEach(async () => server?.close());

  test('every response says what the page may load and who may frame it', async () => {
    server = await startTestServer();
    for (const path of ['/health', '/join', '/api/info']) {
      const { headers } = await send(server.origin, { path });
      expect(headers['content-security-policy']).toContain("script-src 'self'");
      expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
      expect(headers['content-security-policy']).not.toContain('unsafe-eval');
      expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
    }
  });

  test('answers only to its own host names (DNS rebinding), for pages and sockets alike', async () => {
    server = await startTestServer();
    const trainer = await connectTrainer(server.origin);
    expect((await send(server.origin, { path: '/health', headers: { host: `evil.example:${server.port}` } })).status).toBe(421);
    expect((await send(server.origin, { path: '/health', headers: { host: `localhost:${server.port}` } })).status).toBe(200);
    const join = await send(server.origin, {
      method: 'POST', path: '/api/join', headers: { host: `evil.example:${server.port}`, 'content-type': 'application/json' },
      body: JSON.stringify({ code: trainer.code }),
    });
    expect(join.status).toBe(421);
    const upgrade = await send(server.origin, {
      path: `/sync/${stageDocName(trainer.code)}?role=trainer&secret=${trainer.room.secret}`,
      headers: { ...TRAINER_HEADERS, host: `rebound.example:${server.port}`, connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' },
    });
    expect(upgrade.status).toBe(421);
    trainer.destroy();
  });
});

describe('the trainer key and the disk', () => {
  let running: RunningServer | undefined;
  afterEach(async () => running?.close());

  const start = (dataDir: string, extra: { trainerKey?: string; minFreeDiskBytes?: number } = {}) =>
    startServer({
      config: { port: 0, host: '127.0.0.1', dataDir, distDir: tempDir('mw-dist-'), limits: DEFAULT_LIMITS, ...extra },
      manifest: fixtureManifest(),
      publicPaths: new Set(),
      publicHost: '127.0.0.1',
    });

  test('is made once, kept in the store, printed in the Trainer: URL, and survives a restart; TRAINER_KEY replaces it', async () => {
    const dataDir = tempDir();
    running = await start(dataDir);
    const first = running.trainerKey;
    expect(first).toMatch(/^[\w-]{43}$/);
    expect(running.trainerUrl).toBe(`http://127.0.0.1:${running.port}/?key=${first}`);
    await running.close();
    running = await start(dataDir);
    expect(running.trainerKey).toBe(first);
    await running.close();
    running = await start(dataDir, { trainerKey: 'chosen-by-the-trainer-1234' });
    expect(running.trainerKey).toBe('chosen-by-the-trainer-1234');
  });

  test('refuses new rooms while free disk space is below the floor, and says why', async () => {
    const logs: string[] = [];
    const dataDir = tempDir();
    running = await startServer({
      config: { port: 0, host: '127.0.0.1', dataDir, distDir: tempDir('mw-dist-'), limits: DEFAULT_LIMITS, minFreeDiskBytes: Number.MAX_SAFE_INTEGER },
      manifest: fixtureManifest(),
      publicPaths: new Set(),
      publicHost: '127.0.0.1',
      log: (line) => logs.push(line),
    });
    const origin = `http://127.0.0.1:${running.port}`;
    const refused = await createRoom(origin, FIXTURE_DECK, { 'x-trainer-key': running.trainerKey }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(507);
    expect((refused as ApiError).message).toMatch(/^Te weinig vrije schijfruimte voor een nieuwe live sessie: \d+ MB vrij, \d+ MB nodig\./);
    expect(logs.some((line) => /refused: too little free disk space for new rooms: \d+ MB free, \d+ MB needed \(MIN_FREE_DISK_MB\)/.test(line))).toBe(true);
  });
});

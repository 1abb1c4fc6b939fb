/** A real server on port 0 with a temporary data dir, and real y-websocket clients for it. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_LIMITS, type Config, type Limits } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/server.ts';
import type { Manifest } from '../../server/manifest.ts';
import type { Store } from '../../server/store/store.ts';
import { createLiveRoom, type LiveRoom } from '../../src/sync/live-room.ts';
import { ParticipantSession } from '../../src/sync/participant-session.ts';
import { trainerKeyHeaders } from '../../src/shared/trainer-key.ts';
import { trainerWebSocket } from '../../src/tools/soak/trainer-socket.ts';
import { joinRoom, type ParticipantSeat, type TrainerRoom } from '../../src/sync/room-api.ts';
import { createRoom } from '../../src/sync/trainer-api.ts';
import { FIXTURE_DECK, fixtureManifest } from './fixture-manifest.ts';

export type TestServer = RunningServer & { origin: string; dataDir: string; logs: string[] };

/**
 * Every test server runs with this trainer key, so a trainer client needs only the origin. The
 * server's own key handling (generated, stored, printed) is tested in trainer-access tests.
 */
export const TEST_TRAINER_KEY = 'test-trainer-key-0123456789';
/** What a Node trainer client sends with each request: the key as a header (a browser has the cookie). */
export const TRAINER_HEADERS = trainerKeyHeaders(TEST_TRAINER_KEY);
/** The `ws` class for trainer sockets: the key in each handshake. */
export const TrainerWebSocket = trainerWebSocket(TEST_TRAINER_KEY);

export function tempDir(prefix = 'mw-data-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function startTestServer(
  options: {
    dataDir?: string; store?: Store; limits?: Partial<Limits>; roomIdleMs?: number; storeRetryMs?: number; manifest?: Manifest;
    /** The server's clock (retention tests move it on). */
    now?: () => number;
    retentionDays?: number;
  } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDir();
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    distDir: tempDir('mw-dist-'),
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    roomIdleMs: options.roomIdleMs,
    trainerKey: TEST_TRAINER_KEY,
    retentionDays: options.retentionDays,
  };
  const logs: string[] = [];
  const running = await startServer({
    config,
    store: options.store,
    storeRetryMs: options.storeRetryMs,
    now: options.now,
    manifest: options.manifest ?? fixtureManifest(),
    // No build here: nothing static to serve to anyone.
    publicPaths: new Set(),
    publicHost: '127.0.0.1',
    log: (line) => logs.push(line),
  });
  return { ...running, origin: `http://127.0.0.1:${running.port}`, dataDir, logs };
}

/** The trainer's live room: an existing one, or a new room for a fixture deck (`testdeck` by default). */
export async function connectTrainer(
  origin: string,
  room?: TrainerRoom | { deck: string },
  now?: () => number,
): Promise<LiveRoom & { room: TrainerRoom }> {
  const trainerRoom = room && 'code' in room ? room : await createRoom(origin, room?.deck ?? FIXTURE_DECK, TRAINER_HEADERS);
  const live = createLiveRoom({
    origin,
    room: trainerRoom,
    asViewer: false,
    definitions: fixtureManifest().decks[trainerRoom.deck].exercises,
    WebSocketPolyfill: TrainerWebSocket,
    now,
  });
  await live.ready;
  return Object.assign(live, { room: trainerRoom });
}

export async function connectParticipant(origin: string, code: string, existing?: ParticipantSeat): Promise<ParticipantSession> {
  const seat = existing ?? (await joinRoom(origin, code));
  const session = new ParticipantSession(origin, seat, WebSocket);
  // Three sockets per phone: on a loaded machine a second is too tight a bound, and in a full run
  // beside other browser tests 5 s once was too (faults-kill-burst): a bound, not a measurement.
  await vi.waitFor(
    () => {
      if (!session.isSynced) throw new Error('participant not synced yet');
    },
    { timeout: 15_000 },
  );
  return session;
}

/** The trainer's live answers for one exercise, as {option: count}. */
export function countsOf(trainer: LiveRoom, exerciseId: string): Record<string, number> {
  return (trainer.tallyOf(exerciseId) as { counts: Record<string, number> }).counts;
}

/**
 * A server on port 0 that serves a real build and its manifest, as `npm start` does: by default
 * the build of the fixture decks (tests/fixtures/decks → dist-fixtures/, made by `npm test`), so
 * browser flows do not break when the session decks are rewritten.
 */
export async function startBuiltServer(
  build: 'dist-fixtures' | 'dist' = 'dist-fixtures',
  options: { store?: Store; storeRetryMs?: number; minFreeDiskBytes?: number; limits?: Partial<Limits>; retentionDays?: number } = {},
): Promise<TestServer> {
  const distDir = join(import.meta.dirname, '../..', build);
  const dataDir = tempDir();
  const logs: string[] = [];
  const { minFreeDiskBytes, limits, retentionDays, ...startOptions } = options;
  const running = await startServer({
    config: { port: 0, host: '127.0.0.1', dataDir, distDir, limits: { ...DEFAULT_LIMITS, ...limits }, trainerKey: TEST_TRAINER_KEY, minFreeDiskBytes, retentionDays },
    ...startOptions,
    publicHost: '127.0.0.1',
    log: (line) => logs.push(line),
  });
  return { ...running, origin: `http://127.0.0.1:${running.port}`, dataDir, logs };
}

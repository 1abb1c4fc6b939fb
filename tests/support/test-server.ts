/** A real server on port 0 with a temporary data dir, and real y-websocket clients for it. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_LIMITS, type Config, type Limits } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/server.ts';
import type { Store } from '../../server/store/store.ts';
import { createLiveRoom, type LiveRoom } from '../../src/deck/live-room.ts';
import { ParticipantSession } from '../../src/join/participant-session.ts';
import { createRoom, joinRoom, type ParticipantSeat, type TrainerRoom } from '../../src/sync/room-api.ts';
import { FIXTURE_DECK, fixtureManifest } from './fixture-manifest.ts';

export type TestServer = RunningServer & { origin: string; dataDir: string; logs: string[] };

export function tempDir(prefix = 'mw-data-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function startTestServer(
  options: { dataDir?: string; store?: Store; limits?: Partial<Limits>; roomIdleMs?: number; storeRetryMs?: number } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDir();
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    distDir: tempDir('mw-dist-'),
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    roomIdleMs: options.roomIdleMs,
  };
  const logs: string[] = [];
  const running = await startServer({
    config,
    store: options.store,
    storeRetryMs: options.storeRetryMs,
    manifest: fixtureManifest(),
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
  const trainerRoom = room && 'code' in room ? room : await createRoom(origin, room?.deck ?? FIXTURE_DECK);
  const live = createLiveRoom({
    origin,
    room: trainerRoom,
    asViewer: false,
    definitions: fixtureManifest().decks[trainerRoom.deck].exercises,
    WebSocketPolyfill: WebSocket,
    now,
  });
  await live.ready;
  return Object.assign(live, { room: trainerRoom });
}

export async function connectParticipant(origin: string, code: string, existing?: ParticipantSeat): Promise<ParticipantSession> {
  const seat = existing ?? (await joinRoom(origin, code));
  const session = new ParticipantSession(origin, seat, WebSocket);
  await vi.waitFor(() => {
    if (!session.isSynced) throw new Error('participant not synced yet');
  });
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
  { limits, ...options }: { store?: Store; storeRetryMs?: number; limits?: Partial<Limits> } = {},
): Promise<TestServer> {
  const distDir = join(import.meta.dirname, '../..', build);
  const dataDir = tempDir();
  const logs: string[] = [];
  const running = await startServer({
    config: { port: 0, host: '127.0.0.1', dataDir, distDir, limits: { ...DEFAULT_LIMITS, ...limits } },
    ...options,
    publicHost: '127.0.0.1',
    log: (line) => logs.push(line),
  });
  return { ...running, origin: `http://127.0.0.1:${running.port}`, dataDir, logs };
}

/**
 * A leergang on fixture decks for server tests: every session deck is the transfer-task deck
 * (`::: opdracht transfer` on slide 1), so each session has a free text a member writes.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import WebSocket from 'ws';
import type { Manifest } from '../../server/manifest.ts';
import { createLiveRoom, type LiveRoom } from '../../src/sync/live-room.ts';
import { ParticipantSession } from '../../src/sync/participant-session.ts';
import { joinRoom, type Membership, type ParticipantSeat, type TrainerRoom } from '../../src/sync/room-api.ts';
import { fixtureManifest } from './fixture-manifest.ts';
import { TrainerWebSocket } from './test-server.ts';

export const TASK = 'transfer';
const DEFINITIONS = fixtureManifest().decks.opdracht.exercises;

/** The fixture manifest with `sessie-1` … `sessie-5` as the transfer-task deck. */
export function leergangManifest(): Manifest {
  const manifest = fixtureManifest();
  for (const n of [1, 2, 3, 4, 5]) manifest.decks[`sessie-${n}`] = { ...manifest.decks.opdracht, title: `Sessie ${n}` };
  return manifest;
}

/** A dist directory with only that manifest, for a server started as a separate process. */
export function leergangDistDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mw-dist-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(leergangManifest()));
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, '.vite/manifest.json'), '{}');
  return dir;
}

/** The trainer's live session room, with the transfer task open on every phone that joins. */
export async function openTaskAsTrainer(origin: string, room: TrainerRoom): Promise<LiveRoom> {
  const live = createLiveRoom({ origin, room, asViewer: false, definitions: DEFINITIONS, WebSocketPolyfill: TrainerWebSocket });
  await live.ready;
  live.arrive({ h: 1, v: 0 }, TASK);
  return live;
}

export type Phone = { seat: ParticipantSeat; session: ParticipantSession };

/** A phone that joins a session (as the member it holds, or a new one) and is synced with the task open. */
export async function joinPhone(origin: string, code: string, member?: Membership): Promise<Phone> {
  const identity = member ? { members: [{ group: member.group.id, id: member.id, token: member.token }] } : {};
  const seat = await joinRoom(origin, code, undefined, identity);
  const session = new ParticipantSession(origin, seat, WebSocket);
  await vi.waitFor(() => {
    if (!session.isSynced || session.current()?.state.status !== 'open') throw new Error('phone not ready');
  }, { timeout: 5000 });
  return { seat, session };
}

/** The phone writes its transfer task; resolves once the trainer's results have it. */
export async function writeTask(phone: Phone, trainer: LiveRoom, text: string, share = true): Promise<void> {
  phone.session.answer(TASK, { text, share });
  await vi.waitFor(() => {
    if (![...trainer.answers.keys()].some((key) => key.includes(phone.seat.pid))) throw new Error('not recorded yet');
  }, { timeout: 5000 });
}

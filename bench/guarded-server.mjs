// Our server under the bench: the bench deck as session 1 of a new leergang (a training group),
// as in a real training, so every phone's join makes a new member of the group. The trainer is the
// deck page's own live room, a real Yjs client with the trainer key.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLiveRoom } from '../build/src/sync/live-room.js';
import { createGroup, listGroups, openGroupSession } from '../build/src/sync/group-api.js';
import { trainerKeyHeaders } from '../build/src/shared/trainer-key.js';
import { trainerWebSocket } from '../build/src/tools/soak/trainer-socket.js';
import { topTen } from '../build/src/tools/simulate/bench-votes.js';
import { EXERCISE, VRAGEN, VRAGEN_SLIDE } from './bench-deck.mjs';
import { freePort, startProcess, stopProcess } from './processes.mjs';

export async function guardedServer({ deck, manifest }) {
  const port = await freePort();
  const distDir = mkdtempSync(join(tmpdir(), 'mw-bench-dist-'));
  // BENCH_DATA_PARENT=/dev/shm puts the store in memory, to tell the disk's share of a latency.
  const dataDir = mkdtempSync(join(process.env.BENCH_DATA_PARENT ?? tmpdir(), 'mw-bench-data-'));
  writeFileSync(join(distDir, 'manifest.json'), JSON.stringify(manifest));
  // No pages in this build: the phones are simulated, so nothing static is public.
  mkdirSync(join(distDir, '.vite'));
  writeFileSync(join(distDir, '.vite/manifest.json'), '{}');
  const trainerKey = randomBytes(24).toString('base64url');
  const profile = process.env.BENCH_SERVER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_PROFILE}`] : [];
  const env = { PORT: String(port), HOST: '127.0.0.1', DIST_DIR: distDir, DATA_DIR: dataDir, TRAINER_KEY: trainerKey };
  const child = await startProcess([...profile, process.env.BENCH_SERVER_ENTRY ?? 'build/server/main.js'], env, 'Trainer:');
  const origin = `http://127.0.0.1:${port}`;
  const headers = trainerKeyHeaders(trainerKey);
  const group = await createGroup(origin, { name: 'Benchleergang', organisation: 'Bench', trainers: ['Trainer'] }, headers);
  const room = await openGroupSession(origin, group.id, 1, headers);
  const trainerRoom = () => createLiveRoom({ origin, room, asViewer: false, definitions: deck.exercises, WebSocketPolyfill: trainerWebSocket(trainerKey) });
  const trainer = trainerRoom();
  await trainer.ready;
  return {
    child,
    fleet: { mode: 'guarded', origin, code: room.code },
    /** How many members the group has after the joins: one per phone, each made by its join. */
    members: async () => (await listGroups(origin, headers)).find((listed) => listed.id === group.id)?.members.length,
    answers: trainer.answers,
    open: () => trainer.arrive({ h: 1, v: 0 }, EXERCISE),
    tally: () => trainer.tallyOf(EXERCISE),
    // As the deck's stage sync writes it: slide and fragment in one write; the server derives `view`.
    step: (position) => trainer.arrive(position, null),
    openVragen: () => trainer.arrive(VRAGEN_SLIDE, VRAGEN),
    vragenTop: () => topTen(trainer.tallyOf(VRAGEN)),
    /** The room's answers as the server holds them now, read by a second trainer client that connects afresh. */
    async serverAnswers() {
      const second = trainerRoom();
      await second.ready;
      const answers = new Map([...second.answers].map(([key, recorded]) => [key, recorded]));
      second.destroy();
      return answers;
    },
    /** What the server wrote to its log (its refusals among them). */
    log: () => child.output(),
    close: async () => {
      trainer.destroy();
      await stopProcess(child);
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(distDir, { recursive: true, force: true });
    },
  };
}

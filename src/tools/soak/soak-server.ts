/** The server the soak plays against: its own process, a fresh data dir, full collections on request. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, type ServerMemory } from './server-process.ts';

export type { ServerMemory };
export type SoakServer = { origin: string; trainerKey: string; memory(): Promise<ServerMemory>; stop(): Promise<void> };

/** `participantCap`: seats per room, when the soak plays with more phones than a training group's default. */
export async function startSoakServer({ root, distDir, roomIdleSeconds, participantCap }: {
  root: string; distDir: string; roomIdleSeconds: number; participantCap?: number;
}): Promise<SoakServer> {
  const server = await startServerProcess({
    main: join(root, 'build/server/main.js'),
    execArgv: ['--expose-gc'],
    env: {
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'mw-soak-')),
      DIST_DIR: distDir,
      ROOM_IDLE_SECONDS: String(roomIdleSeconds),
      ...(participantCap === undefined ? {} : { PARTICIPANT_CAP: String(participantCap) }),
    },
  });
  return {
    origin: server.origin,
    trainerKey: server.trainerKey,
    memory: server.memory,
    async stop() {
      if (server.child.exitCode !== null) return;
      server.child.kill('SIGTERM');
      await server.exited;
    },
  };
}

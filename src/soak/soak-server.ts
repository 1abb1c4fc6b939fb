/**
 * The real server (build/server/main.js) as a child process for the soak: started with
 * --expose-gc and an IPC channel, so it can be asked for its memory after a full collection.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type ServerMemory = { heapUsedMb: number; rssMb: number; rooms: number };
export type SoakServer = { origin: string; memory(): Promise<ServerMemory>; stop(): Promise<void> };

const MB = 1024 * 1024;

export async function startSoakServer({ root, distDir, roomIdleSeconds }: { root: string; distDir: string; roomIdleSeconds: number }): Promise<SoakServer> {
  const child: ChildProcess = fork(join(root, 'build/server/main.js'), [], {
    execArgv: ['--expose-gc'],
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'mw-soak-')),
      DIST_DIR: distDir,
      ROOM_IDLE_SECONDS: String(roomIdleSeconds),
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  const port = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /Trainer: http:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', () => reject(new Error(`server exited before listening:\n${output}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    memory: () =>
      new Promise((resolve) => {
        child.once('message', (reply) => {
          const { memory, rooms } = reply as { memory: NodeJS.MemoryUsage; rooms: number };
          resolve({ heapUsedMb: memory.heapUsed / MB, rssMb: memory.rss / MB, rooms });
        });
        child.send('memory');
      }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

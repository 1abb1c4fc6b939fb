/**
 * The real `npm start` server (build/server/main.js) as a child process, for the soak and the
 * tests that kill or restart it. It has an IPC channel, over which it answers 'memory' (with a
 * full collection first when started with --expose-gc).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/** `freedDocs`: documents of freed rooms, and how many of them a full GC could not collect (a leak). */
export type ServerMemory = { heapUsedMb: number; rssMb: number; rooms: number; freedDocs: { freed: number; held: number } };
export type ServerProcess = {
  child: ChildProcess;
  origin: string;
  /** From the printed Trainer: URL. */
  trainerKey: string;
  output(): string;
  exited: Promise<number | null>;
  memory(): Promise<ServerMemory>;
};

const MB = 1024 * 1024;

/** Starts `main` with `env` (PORT 0 unless given) and resolves once it prints its `Trainer:` URL. */
export async function startServerProcess({ main, env, execArgv = [] }: { main: string; env: Record<string, string>; execArgv?: string[] }): Promise<ServerProcess> {
  if (!existsSync(main)) throw new Error(`${main} is missing: run "npm run build" (npm test does) first`);
  const child = fork(main, [], { execArgv, env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const [port, trainerKey] = await new Promise<[string, string]>((resolve, reject) => {
    const onData = () => {
      const match = /Trainer: http:\/\/[^:]+:(\d+)\/\?key=([A-Za-z0-9_-]+)/.exec(output);
      if (!match) return;
      // Stop looking: a busy server logs megabytes, and searching all of it per chunk is quadratic.
      child.stdout!.off('data', onData);
      resolve([match[1], match[2]]);
    };
    child.stdout!.on('data', onData);
    void exited.then(() => reject(new Error(`server exited before listening:\n${output}`)));
  });
  return {
    child,
    origin: `http://127.0.0.1:${port}`,
    trainerKey,
    output: () => output,
    exited,
    memory: () =>
      new Promise((resolve) => {
        child.once('message', (reply) => {
          const { memory, rooms, freedDocs } = reply as { memory: NodeJS.MemoryUsage; rooms: number; freedDocs: ServerMemory['freedDocs'] };
          resolve({ heapUsedMb: memory.heapUsed / MB, rssMb: memory.rss / MB, rooms, freedDocs });
        });
        child.send('memory');
      }),
  };
}

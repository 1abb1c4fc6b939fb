/** The real `npm start` server (the compiled build/server/main.js) as a child process. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const MAIN = join(import.meta.dirname, '../../build/server/main.js');

export type ServerProcess = { child: ChildProcess; origin: string; output: () => string; exited: Promise<number | null> };

/** PORT defaults to 0 (any free port); pass the port of an earlier run to restart in its place. */
export async function spawnServer(env: { DATA_DIR: string; DIST_DIR: string; PORT?: string }): Promise<ServerProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" (npm test does) first`);
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const match = /Trainer: http:\/\/[^:]+:(\d+)\//.exec(output);
      if (!match) return;
      // Stop looking: a busy server logs megabytes, and searching all of it per chunk is quadratic.
      child.stdout!.off('data', onData);
      resolve(match[1]);
    };
    child.stdout!.on('data', onData);
    void exited.then(() => reject(new Error(`server exited before listening:\n${output}`)));
  });
  return { child, origin: `http://127.0.0.1:${port}`, output: () => output, exited };
}

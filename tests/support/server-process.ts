/** The real `npm start` server (the compiled build/server/main.js) as a child process. */
import { join } from 'node:path';
import { startServerProcess, type ServerProcess } from '../../src/tools/soak/server-process.ts';
import { TEST_TRAINER_KEY } from './test-server.ts';

export type { ServerProcess };

const MAIN = join(import.meta.dirname, '../../build/server/main.js');

/** PORT defaults to 0 (any free port); pass the port of an earlier run to restart in its place. */
export function spawnServer(env: { DATA_DIR: string; DIST_DIR: string; PORT?: string; SEAT_REFUSALS_PER_MINUTE?: string }): Promise<ServerProcess> {
  return startServerProcess({ main: MAIN, env: { TRAINER_KEY: TEST_TRAINER_KEY, ...env } });
}

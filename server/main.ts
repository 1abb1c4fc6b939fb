/** Entry point of `npm start`: reads the environment, starts the server, prints the two URLs. */
import { networkInterfaces } from 'node:os';
import { loadConfig } from './config.ts';
import { pickLanAddress } from './lan-address.ts';
import { startServer } from './server.ts';

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

try {
  const config = loadConfig(process.env, process.cwd());
  const publicHost = pickLanAddress(networkInterfaces()) ?? 'localhost';
  const running = await startServer({ config, publicHost, log });
  console.log(`Trainer: ${running.trainerUrl}`);
  console.log(`Join:    ${running.joinUrl}`);
  console.log(`Data:    ${config.dataDir}   (Ctrl-C stops; answers are saved)`);

  let isStopping = false;
  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    log(`${signal}: saving and stopping…`);
    await running.close();
    log('stopped');
    process.exit(0);
  };
  // The soak (npm run soak) starts this with --expose-gc and an IPC channel, and asks for memory.
  if (process.send) {
    process.on('message', (message) => {
      if (message !== 'memory') return;
      (globalThis as { gc?: () => void }).gc?.();
      process.send!({ memory: process.memoryUsage(), rooms: running.loadedRooms(), freedDocs: running.freedRoomDocs() });
    });
  }
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  console.error(`Cannot start: ${(error as Error).message}`);
  process.exit(1);
}

// Worker processes of simulated phones (scripts/simulate-worker.mjs), as `npm run simulate` and
// `npm run bench` start and stop them.
import { fork } from 'node:child_process';

/** Starts one worker; its messages ({type: 'ready'}, {type: 'events'}) go to `onMessage`. */
export function forkPhoneWorker(onMessage) {
  const worker = fork(new URL('./simulate-worker.mjs', import.meta.url), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  worker.on('message', onMessage);
  return worker;
}

/** Asks every worker to disconnect its phones and leave; one that has not left after `graceMs` is killed. */
export function stopPhoneWorkers(workers, graceMs) {
  return Promise.all(
    workers.map(
      (worker) =>
        new Promise((resolve) => {
          if (worker.exitCode !== null) return resolve();
          worker.once('exit', resolve);
          worker.send({ type: 'stop' });
          setTimeout(() => worker.kill('SIGKILL'), graceMs).unref();
        }),
    ),
  );
}

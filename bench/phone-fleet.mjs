// The simulator's phones (src/tools/simulate/), spread over worker processes that are started
// before the clock runs (their start-up is not join time).
import { setPriority } from 'node:os';
import { batchesOf } from '../build/src/tools/simulate/cli-options.js';
import { forkPhoneWorker, stopPhoneWorkers } from '../scripts/phone-workers.mjs';
import { usageOf } from './processes.mjs';

export async function startWorkers(phones, { perWorker, niceness, fleetOptions }, onEvent) {
  const batches = batchesOf(phones, perWorker);
  const workers = await Promise.all(
    batches.map(
      (batch, index) =>
        new Promise((resolve) => {
          const worker = forkPhoneWorker((message) => {
            if (message.type === 'ready') resolve(worker);
            if (message.type === 'bytes') worker.onBytes?.(message.bytes);
            if (message.type === 'events') for (const event of message.events) onEvent(index, event);
          });
          // In a hall the phones are their own devices. Here they share 2 cores with the server, and
          // the scheduler would give each of 20 busy phone processes as much CPU as the server:
          // run them below it, so the figures show the server's limits rather than the scheduler's.
          setPriority(worker.pid, niceness);
          worker.batch = batch;
        }),
    ),
  );
  return {
    count: workers.length,
    /** CPU seconds of all phone processes together: on 2 cores they compete with the server. */
    cpu: () => workers.reduce((sum, worker) => sum + usageOf(worker.pid).cpu, 0),
    start: () => workers.forEach((worker) => worker.send({ type: 'start', options: { ...fleetOptions, ...worker.batch, seed: 1, speed: 1 } })),
    /**
     * Bytes of public updates all phones have received so far, or null when a phone process did not
     * answer within `timeoutMs` (on the relay a process can sit behind minutes of other phones' writes).
     */
    receivedBytes: async (timeoutMs = 10_000) => {
      const counts = await Promise.all(
        workers.map(
          (worker) =>
            new Promise((resolve) => {
              const timer = setTimeout(() => resolve(null), timeoutMs);
              worker.onBytes = (bytes) => {
                clearTimeout(timer);
                resolve(bytes);
              };
              worker.send({ type: 'bytes' });
            }),
        ),
      );
      return counts.includes(null) ? null : counts.reduce((sum, n) => sum + n, 0);
    },
    stop: () => stopPhoneWorkers(workers, 5000),
  };
}

/**
 * Retention: a group's data are deleted `retentionDays` after its last session (see
 * src/shared/leergang/retention.ts), by the same code as the trainer's "delete the group". The
 * sweep runs at start and then every hour; a laptop that was off past the date deletes at start.
 */
import { expiresAt } from '../src/shared/leergang/retention.ts';
import type { Groups } from './groups.ts';

const HOUR_MS = 60 * 60 * 1000;

type Dependencies = {
  groups: Groups;
  deleteGroup: (id: string) => Promise<boolean>;
  retentionDays: number;
  now: () => number;
  log: (line: string) => void;
  everyMs?: number;
};

export function startRetentionSweep({ groups, deleteGroup, retentionDays, now, log, everyMs = HOUR_MS }: Dependencies) {
  /** Deletes every group whose data expired; the ids it deleted. */
  const sweepOnce = async (): Promise<string[]> => {
    const expired = (await groups.list()).filter((group) => expiresAt(group.sessions, group.createdAt, retentionDays) <= now());
    for (const group of expired) {
      await deleteGroup(group.id);
      log(`leergang ${group.id}: its data expired (${retentionDays} days after its last session) and were deleted`);
    }
    return expired.map((group) => group.id);
  };
  // One sweep at a time: an hourly one must not start while a slow one still deletes.
  let running: Promise<unknown> = Promise.resolve();
  const sweep = (): Promise<string[]> => {
    const next = running.then(sweepOnce, sweepOnce);
    running = next.catch((error: unknown) => log(`retention sweep failed: ${(error as Error).message}`));
    return next;
  };
  void sweep().catch(() => undefined);
  const timer = setInterval(() => void sweep().catch(() => undefined), everyMs);
  timer.unref();
  return {
    sweep,
    /** Stops the timer; resolves once a sweep under way has finished. */
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

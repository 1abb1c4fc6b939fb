/**
 * A room's seats, kept in its results document (only the server writes it, so they survive a
 * restart): one person entry per phone from the moment it joins, the cap, the joins refused for
 * being full, and the pids the trainer removed — whose answers leave the results with them.
 */
import type * as Y from 'yjs';
import { CAP, REFUSED_FULL, RESULTS, parseResultKey, type Person, type RecordedAnswer } from '../src/shared/room-schema.ts';

export type Seats = {
  isFull(): boolean;
  /**
   * Counts a join refused because the room was full, for the trainer to see: the first at once,
   * more within the next second together, so a loop of joins to a full room cannot make every
   * request a write to the store.
   */
  countRefusal(): void;
  /** Gives a new pid its seat (check `isFull` first); `isJoinedOnline` when it came through the online link. */
  take(pid: string, isJoinedOnline?: boolean): void;
  isRemoved(pid: string): boolean;
  /**
   * Deletes the pid's answers and person entry, which frees its seat, and keeps it as removed.
   * False when the pid never had a seat in this room.
   */
  remove(pid: string): boolean;
  /** As `remove`, also for a pid that has answers but no seat any more: a deleted member leaves nothing. */
  erase(pid: string): void;
};

const REFUSALS_WRITE_MS = 1000;

export function createSeats(results: Y.Doc, { cap, now }: { cap: number; now: () => number }): Seats {
  const people = results.getMap<Person>(RESULTS.people);
  const answers = results.getMap<RecordedAnswer>(RESULTS.answers);
  const removed = results.getMap<number>(RESULTS.removed);
  const server = results.getMap<unknown>(RESULTS.server);
  const write = (change: () => void) => results.transact(change, 'server');
  // The deck may have been rebuilt with another cap since the room was made: the trainer sees this one.
  if (server.get(CAP) !== cap) write(() => server.set(CAP, cap));
  let unwrittenRefusals = 0;
  let isWaiting = false;
  const writeRefusals = () => {
    const refused = server.get(REFUSED_FULL);
    const total = (typeof refused === 'number' ? refused : 0) + unwrittenRefusals;
    unwrittenRefusals = 0;
    write(() => server.set(REFUSED_FULL, total));
  };

  const erase = (pid: string) => {
    const own = [...answers.keys()].filter((key) => parseResultKey(key).pid === pid);
    write(() => {
      for (const key of own) answers.delete(key);
      people.delete(pid);
      if (!removed.has(pid)) removed.set(pid, now());
    });
  };

  return {
    isFull: () => people.size >= cap,
    countRefusal() {
      unwrittenRefusals += 1;
      if (isWaiting) return;
      writeRefusals();
      isWaiting = true;
      setTimeout(() => {
        isWaiting = false;
        if (unwrittenRefusals > 0) writeRefusals();
      }, REFUSALS_WRITE_MS).unref();
    },
    take(pid, isJoinedOnline = false) {
      write(() => people.set(pid, { nickname: '', online: false, joinedAt: now(), ...(isJoinedOnline ? { joinedOnline: true } : {}) }));
    },
    isRemoved: (pid) => removed.has(pid),
    remove(pid) {
      if (!people.has(pid)) return false;
      erase(pid);
      return true;
    },
    erase,
  };
}

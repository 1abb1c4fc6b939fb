/** Documents a room has one of per participant (its answers, its inbox), each loaded on first use. */
import type { DocHub } from './doc-hub.ts';

export type PidHubs = {
  /** The participant's document, loaded (and `onLoad` run) once; later calls share it. */
  get(pid: string): Promise<DocHub>;
  /** The ones loaded so far (one still loading has no socket yet). */
  loaded(): DocHub[];
  /** Every one asked for, also those still loading. */
  all(): Promise<DocHub[]>;
  /** Forgets the participant's document (once loaded), for the caller to destroy; a later `get` loads it anew. */
  drop(pid: string): Promise<DocHub | undefined>;
};

export function createPidHubs(open: (pid: string) => Promise<DocHub>, onLoad: (pid: string, hub: DocHub) => void): PidHubs {
  const pending = new Map<string, Promise<DocHub>>();
  const loaded = new Map<string, DocHub>();
  return {
    get(pid) {
      let hub = pending.get(pid);
      if (!hub) {
        hub = open(pid).then((ready) => {
          onLoad(pid, ready);
          loaded.set(pid, ready);
          return ready;
        });
        pending.set(pid, hub);
      }
      return hub;
    },
    loaded: () => [...loaded.values()],
    all: () => Promise.all(pending.values()),
    async drop(pid) {
      const hub = pending.get(pid);
      pending.delete(pid);
      loaded.delete(pid);
      return hub;
    },
  };
}

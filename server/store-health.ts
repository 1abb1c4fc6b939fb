/**
 * Whether the store is writing. When it stops (a full or read-only disk) the server keeps
 * serving from memory, and every open room's results tell the trainer so; the first write that
 * works again clears it.
 */
import type * as Y from 'yjs';
import { CANNOT_STORE_SINCE, RESULTS } from '../src/shared/room-schema.ts';

export type StoreHealth = {
  /** Since when writes fail (ms), or null while they work. */
  failingSince(): number | null;
  /** The last write error, for /health. */
  lastError(): string;
  failed(error: unknown): void;
  stored(): void;
  /** Called with the new `failingSince` when it changes between failing and working. */
  onChange(listener: (failingSince: number | null) => void): void;
};

export function createStoreHealth(now: () => number): StoreHealth {
  let since: number | null = null;
  let error = '';
  const listeners: ((failingSince: number | null) => void)[] = [];
  const changed = () => {
    for (const listener of listeners) listener(since);
  };
  return {
    failingSince: () => since,
    lastError: () => error,
    failed(cause) {
      error = (cause as Error).message ?? String(cause);
      if (since !== null) return;
      since = now();
      changed();
    },
    stored() {
      if (since === null) return;
      since = null;
      changed();
    },
    onChange: (listener) => void listeners.push(listener),
  };
}

/** Writes the store's state into a room's results doc (server-written, read by the trainer). */
export function showStoreStatus(resultsDoc: Y.Doc, failingSince: number | null): void {
  const status = resultsDoc.getMap<number>(RESULTS.server);
  const isShown = failingSince === null ? !status.has(CANNOT_STORE_SINCE) : status.get(CANNOT_STORE_SINCE) === failingSince;
  if (isShown) return;
  resultsDoc.transact(() => {
    if (failingSince === null) status.delete(CANNOT_STORE_SINCE);
    else status.set(CANNOT_STORE_SINCE, failingSince);
  }, 'server');
}


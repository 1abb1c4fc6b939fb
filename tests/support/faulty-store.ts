/**
 * A store around a real one whose writes can be made to fail (a full or read-only disk) or to
 * hang unwritten (the process died before they reached the disk), for the fault suites.
 */
import type { Store } from '../../server/store/store.ts';

export type FaultyStore = Store & {
  /** From now on every write fails with `error`, as LevelDB does on a full disk. */
  failWrites(error?: Error): void;
  /** Writes work again. */
  succeedWrites(): void;
  /** Appends to documents `name` matches never reach the inner store and never complete. */
  holdWrites(matches: (name: string) => boolean): void;
  /** Completes the held appends (still unwritten), so a server holding them can close. */
  releaseHeld(): void;
};

export function diskFull(): Error {
  return Object.assign(new Error('IO error: No space left on device'), { code: 'LEVEL_IO_ERROR' });
}

export function createFaultyStore(inner: Store): FaultyStore {
  let failure: Error | null = null;
  let isHeld: (name: string) => boolean = () => false;
  let held: (() => void)[] = [];
  const check = () => {
    if (failure) throw failure;
  };
  return {
    loadDoc: (name) => inner.loadDoc(name),
    getRecord: (key) => inner.getRecord(key),
    keys: (prefix) => inner.keys(prefix),
    async appendUpdate(name, update) {
      check();
      if (isHeld(name)) return new Promise<void>((resolve) => held.push(resolve));
      return inner.appendUpdate(name, update);
    },
    async putRecord(key, value) {
      check();
      return inner.putRecord(key, value);
    },
    async replaceDoc(name, update) {
      check();
      return inner.replaceDoc(name, update);
    },
    async deleteDoc(name) {
      check();
      return inner.deleteDoc(name);
    },
    async deleteRecord(key) {
      check();
      return inner.deleteRecord(key);
    },
    close: () => inner.close(),
    failWrites(error = diskFull()) {
      failure = error;
    },
    succeedWrites() {
      failure = null;
    },
    holdWrites(matches) {
      isHeld = matches;
    },
    releaseHeld() {
      isHeld = () => false;
      for (const resolve of held) resolve();
      held = [];
    },
  };
}

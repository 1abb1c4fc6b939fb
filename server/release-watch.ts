/**
 * Keeps weak references to what the server has let go of (a freed room's documents). After a
 * full garbage collection, one still reachable is held by something that should have let go
 * too: a leak, counted exactly instead of guessed from the heap's size.
 */
export type ReleaseWatch = {
  /** Watches objects the server no longer uses; forgets the ones already collected. */
  watch(...released: object[]): void;
  /** How many watched objects are still reachable: after a full collection, the leaked ones. */
  held(): number;
  /** How many objects were ever watched, so a check of `held()` can show it saw something. */
  watched(): number;
};

export function createReleaseWatch(): ReleaseWatch {
  let refs: WeakRef<object>[] = [];
  let count = 0;
  // Collected ones are dropped on every call, so a server running for days keeps no list of them.
  const prune = () => (refs = refs.filter((ref) => ref.deref() !== undefined));
  return {
    watch(...released) {
      prune();
      refs.push(...released.map((object) => new WeakRef(object)));
      count += released.length;
    },
    held: () => prune().length,
    watched: () => count,
  };
}

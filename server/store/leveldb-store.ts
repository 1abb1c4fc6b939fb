/**
 * The embedded store: LevelDB (classic-level, prebuilt binaries) under DATA_DIR.
 * Each document is a log of Yjs updates under `u␀<name>␀<seq>`; records are JSON under `r␀<key>`.
 * All appends made in one turn of the event loop are written as one LevelDB batch, so a burst
 * of answers costs one disk write instead of one each (y-leveldb writes them one by one through
 * a single queue, and swallows write errors; see README). Deleting a document clears its range in
 * the same queue, so an update appended before the deletion cannot land after it.
 */
import { ClassicLevel } from 'classic-level';
import * as Y from 'yjs';
import { prepareDataDir } from './data-dir.ts';
import type { Store } from './store.ts';

/** A document's log is merged into one entry when it is loaded with more than this many. */
const COMPACT_AFTER = 100;
const SEP = '\x00';
const updatePrefix = (name: string) => `u${SEP}${name}${SEP}`;
const updateKey = (name: string, seq: number) => `${updatePrefix(name)}${String(seq).padStart(12, '0')}`;
const recordKey = (key: string) => `r${SEP}${key}`;

type Write = { type: 'put'; key: string; value: Uint8Array } | { type: 'del'; key: string };
/** Deletes every key from `gte` up to (not including) `lt`: those on disk and those put earlier in its batch. */
type Clear = { type: 'clear'; gte: string; lt: string };
type Operation = Write | Clear;

export async function createLeveldbStore(dir: string): Promise<Store> {
  try {
    prepareDataDir(dir);
    const db = new ClassicLevel<string, Uint8Array>(dir, { keyEncoding: 'utf8', valueEncoding: 'view' });
    await db.open();
    return storeOn(db);
  } catch (error) {
    const cause = (error as { cause?: Error }).cause?.message ?? (error as Error).message;
    throw new Error(`cannot open the data store in ${dir}: ${cause}`);
  }
}

function storeOn(db: ClassicLevel<string, Uint8Array>): Store {
  const nextSeq = new Map<string, number>();
  let pending: Operation[] = [];
  let flushing: Promise<void> | null = null;
  /** Settles once every batch handed to LevelDB so far is written (or failed). */
  let written: Promise<unknown> = Promise.resolve();

  /** A clear as the keys it deletes now: every earlier batch is on disk when this runs. */
  const expand = async (batch: Operation[]): Promise<Write[]> => {
    const writes: Write[] = [];
    for (const operation of batch) {
      if (operation.type !== 'clear') {
        writes.push(operation);
        continue;
      }
      const { gte, lt } = operation;
      const onDisk = await db.keys({ gte, lt }).all();
      const putBefore = writes.filter((write) => write.type === 'put' && write.key >= gte && write.key < lt).map((write) => write.key);
      for (const key of new Set([...onDisk, ...putBefore])) writes.push({ type: 'del', key });
    }
    return writes;
  };

  /** Writes everything appended in this turn as one batch; every caller gets the same outcome. */
  const enqueue = (operations: Operation[]): Promise<void> => {
    pending.push(...operations);
    flushing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      const batch = pending;
      pending = [];
      flushing = null;
      // Only a batch that clears a range waits for the ones before it: it reads what they wrote.
      const write = batch.some((operation) => operation.type === 'clear')
        ? written.then(() => expand(batch)).then((writes) => db.batch(writes))
        : db.batch(batch as Write[]);
      written = Promise.allSettled([written, write]);
      return write;
    });
    return flushing;
  };

  /**
   * A deleted value stays in LevelDB's files until a compaction drops it; deleting means it is
   * gone from the disk, so the range is compacted now (deletions are rare: a member, a group).
   */
  const purge = (gte: string, lt: string) => db.compactRange(gte, lt);

  const allWritten = async () => {
    let last: Promise<unknown>;
    do {
      while (flushing) await flushing;
      last = written;
      await last;
    } while (last !== written || flushing);
  };

  const readLog = async (name: string) => {
    const entries: [string, Uint8Array][] = [];
    const prefix = updatePrefix(name);
    for await (const entry of db.iterator({ gte: prefix, lt: `${prefix}\xff` })) entries.push(entry);
    return entries;
  };

  /** For a document appended to before it was loaded: continue after its last stored entry. */
  const findNextSeq = async (name: string) => {
    const prefix = updatePrefix(name);
    const [last] = await db.keys({ gte: prefix, lt: `${prefix}\xff`, reverse: true, limit: 1 }).all();
    nextSeq.set(name, Math.max(nextSeq.get(name) ?? 0, last ? Number(last.slice(prefix.length)) + 1 : 0));
  };

  return {
    async loadDoc(name) {
      await allWritten(); // what was appended must be read back
      const entries = await readLog(name);
      const lastSeq = entries.length ? Number(entries[entries.length - 1][0].slice(updatePrefix(name).length)) : -1;
      nextSeq.set(name, Math.max(nextSeq.get(name) ?? 0, lastSeq + 1));
      if (entries.length === 0) return null;
      const merged = Y.mergeUpdates(entries.map(([, update]) => update));
      if (entries.length > COMPACT_AFTER) {
        const seq = nextSeq.get(name)!;
        nextSeq.set(name, seq + 1);
        await enqueue([
          { type: 'put', key: updateKey(name, seq), value: merged },
          ...entries.map(([key]): Operation => ({ type: 'del', key })),
        ]);
      }
      return merged;
    },
    async appendUpdate(name, update) {
      if (!nextSeq.has(name)) await findNextSeq(name);
      const seq = nextSeq.get(name)!;
      nextSeq.set(name, seq + 1);
      await enqueue([{ type: 'put', key: updateKey(name, seq), value: update }]);
    },
    async replaceDoc(name, update) {
      if (!nextSeq.has(name)) await findNextSeq(name);
      const seq = nextSeq.get(name)!;
      nextSeq.set(name, seq + 1);
      // Every entry below `seq` was appended before the call, so `update` holds it.
      await enqueue([
        { type: 'clear', gte: updatePrefix(name), lt: updateKey(name, seq) },
        { type: 'put', key: updateKey(name, seq), value: update },
      ]);
      await purge(updatePrefix(name), `${updatePrefix(name)}\xff`);
    },
    async deleteDoc(name) {
      nextSeq.delete(name);
      await enqueue([{ type: 'clear', gte: updatePrefix(name), lt: `${updatePrefix(name)}\xff` }]);
      await purge(updatePrefix(name), `${updatePrefix(name)}\xff`);
    },
    async getRecord(key) {
      try {
        return JSON.parse(Buffer.from(await db.get(recordKey(key))).toString('utf8'));
      } catch (error) {
        if ((error as { code?: string }).code === 'LEVEL_NOT_FOUND') return undefined;
        throw error;
      }
    },
    async putRecord(key, value) {
      await enqueue([{ type: 'put', key: recordKey(key), value: Buffer.from(JSON.stringify(value)) }]);
    },
    async deleteRecord(key) {
      await enqueue([{ type: 'del', key: recordKey(key) }]);
      await purge(recordKey(key), `${recordKey(key)}${SEP}`);
    },
    async keys(prefix = '') {
      await allWritten();
      const scan = (start: string) => db.keys({ gte: start, lt: `${start}\xff` }).all();
      const updates = await scan(`u${SEP}${prefix}`);
      const docs = new Set(updates.map((key) => key.slice(2, key.lastIndexOf(SEP))));
      return { docs: [...docs], records: (await scan(recordKey(prefix))).map((key) => key.slice(2)) };
    },
    async close() {
      await allWritten();
      await db.close();
    },
  };
}

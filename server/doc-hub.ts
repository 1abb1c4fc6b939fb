/**
 * One live Yjs document and the sockets synced to it, loaded from the store (the "load" step,
 * see steps.ts). Every change is stored before it is sent on (the "store" step), so whatever a
 * trainer has seen is on disk when the process dies.
 */
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Store } from './store/store.ts';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;

/** A connection as the hub sees it: something to send bytes to. */
export type Peer = { send(message: Uint8Array): void };

export type DocHub = {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly peers: ReadonlySet<Peer>;
  add(peer: Peer): void;
  remove(peer: Peer): void;
  /** Resolves when every change so far is stored and sent. */
  settled(): Promise<void>;
  /** After a failed write: tries to store the whole document again (nothing to do otherwise). */
  retryStore(): Promise<void>;
  /** Stores the document as its state alone, so nothing it deleted stays on disk (Yjs keeps no content of a deleted entry). */
  compact(): Promise<void>;
  destroy(): void;
};

export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export async function openDocHub(
  name: string,
  {
    store,
    onStoreError,
    onStored = () => {},
  }: { store: Store; onStoreError: (error: unknown, name: string) => void; onStored?: () => void },
): Promise<DocHub> {
  // A given guid spares Yjs drawing a random one (31 crypto calls, ~75 µs): a cost the benchmark
  // showed at thousands of phones. The guid is in no update, and we have no subdocuments.
  const doc = new Y.Doc({ guid: name });
  const stored = await store.loadDoc(name);
  if (stored) Y.applyUpdate(doc, stored);
  const peers = new Set<Peer>();
  // Group commit: while one write is in flight, later changes wait and are then stored as one
  // merged update. A burst of answers costs a few store writes instead of one each.
  let waiting: { update: Uint8Array; origin: unknown }[] = [];
  let queue: Promise<void> = Promise.resolve();
  let isWriting = false;
  // After a failed write the next one stores the whole document, so nothing kept only in memory
  // is missing from the disk once the store works again.
  let isUnstored = false;

  const storeNow = async (update: Uint8Array) => {
    try {
      await store.appendUpdate(name, isUnstored ? Y.encodeStateAsUpdate(doc) : update);
      isUnstored = false;
      onStored();
    } catch (error) {
      isUnstored = true;
      onStoreError(error, name);
    }
  };

  const writeWaiting = async () => {
    isWriting = true;
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      const merged = batch.length === 1 ? batch[0].update : Y.mergeUpdates(batch.map((change) => change.update));
      await storeNow(merged);
      // One change goes to everyone but its sender; a merged batch goes to all (Yjs ignores what it has).
      const message = encodeUpdateMessage(merged);
      const skip = batch.length === 1 ? batch[0].origin : null;
      for (const peer of peers) if (peer !== skip) peer.send(message);
    }
    isWriting = false;
  };

  // The store step: every change, a socket's or the server's own, is stored and then sent on.
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    waiting.push({ update, origin });
    if (!isWriting) queue = writeWaiting();
  };
  doc.on('update', onUpdate);

  return {
    name,
    doc,
    peers,
    add: (peer) => void peers.add(peer),
    remove: (peer) => void peers.delete(peer),
    settled: async () => {
      while (isWriting || waiting.length > 0) await queue;
    },
    async compact() {
      while (isWriting || waiting.length > 0) await queue;
      await store.replaceDoc(name, Y.encodeStateAsUpdate(doc));
    },
    retryStore() {
      if (!isUnstored || isWriting) return queue;
      isWriting = true;
      queue = storeNow(new Uint8Array()).then(() => {
        isWriting = false;
        if (waiting.length > 0) queue = writeWaiting();
      });
      return queue;
    },
    destroy() {
      doc.off('update', onUpdate);
      doc.destroy();
    },
  };
}

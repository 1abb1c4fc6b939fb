/** What the server needs from an embedded store: Yjs update logs and small metadata records. */

/** What a store holds under a prefix: documents by name and records by key. */
export type StoredKeys = { docs: string[]; records: string[] };

export interface Store {
  /** Every stored update of a document, merged; null when the document was never written. */
  loadDoc(name: string): Promise<Uint8Array | null>;
  /** Appends one update; resolves once the store has written it. */
  appendUpdate(name: string, update: Uint8Array): Promise<void>;
  /**
   * Replaces a document's log by one update, so what the log held and `update` does not is gone
   * from the disk (a deleted member's answers: Yjs keeps no content of a deleted map entry).
   * `update` must hold every update appended before the call; those appended after are kept.
   */
  replaceDoc(name: string, update: Uint8Array): Promise<void>;
  /** Deletes a document's whole log; call it once nothing writes the document any more. */
  deleteDoc(name: string): Promise<void>;
  getRecord<T>(key: string): Promise<T | undefined>;
  putRecord(key: string, value: unknown): Promise<void>;
  deleteRecord(key: string): Promise<void>;
  /** The documents and records whose name starts with `prefix` (a scan: for deleting a room's documents, and tests). */
  keys(prefix?: string): Promise<StoredKeys>;
  close(): Promise<void>;
}

/** What the server needs from an embedded store: Yjs update logs and small metadata records. */

export interface Store {
  /** Every stored update of a document, merged; null when the document was never written. */
  loadDoc(name: string): Promise<Uint8Array | null>;
  /** Appends one update; resolves once the store has written it. */
  appendUpdate(name: string, update: Uint8Array): Promise<void>;
  getRecord<T>(key: string): Promise<T | undefined>;
  putRecord(key: string, value: unknown): Promise<void>;
  close(): Promise<void>;
}

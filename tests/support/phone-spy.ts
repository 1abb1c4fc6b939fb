/**
 * A real phone (`ParticipantSession`) whose sockets keep every byte the server sends it, so a
 * test can look for what a phone must never receive, in the bytes and in the documents it holds.
 */
import { vi } from 'vitest';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import { ParticipantSession } from '../../src/sync/participant-session.ts';
import { joinRoom, type ParticipantSeat } from '../../src/sync/room-api.ts';

export type PhoneSpy = {
  seat: ParticipantSeat;
  session: ParticipantSession;
  /** Every byte received on every socket so far, as latin1 text (ids and the test's texts are ASCII). */
  received(): string;
  /** Every document the phone syncs, as JSON. */
  held(): string;
};

/** `body`: more fields for the join call, e.g. `{ online: true }` (a forged one too: it is sent as it is). */
export async function joinAsSpy(origin: string, code: string, body: Record<string, unknown> = {}): Promise<PhoneSpy> {
  const chunks: Buffer[] = [];
  class RecordingWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
        chunks.push(Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer));
      });
    }
  }
  const seat = await joinRoom(origin, code, undefined, body);
  const session = new ParticipantSession(origin, seat, RecordingWebSocket);
  await vi.waitFor(() => {
    if (!session.isSynced) throw new Error('phone not synced yet');
  });
  const docs = (): Y.Doc[] => [...new Set(session.docs())];
  return {
    seat,
    session,
    received: () => Buffer.concat(chunks).toString('latin1'),
    held: () => JSON.stringify(docs().map((doc) => Object.fromEntries([...doc.share.keys()].map((name) => [name, doc.getMap(name).toJSON()])))),
  };
}

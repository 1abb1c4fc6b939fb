/** A hand-driven y-websocket connection, for sending what an honest client never would. */
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { expect } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { encodeUpdateMessage } from '../../server/doc-hub.ts';
import { CLOSE, type CloseKind } from '../../src/shared/close-codes.ts';
import { syncUrl } from '../../src/sync/connect-doc.ts';
import type { ParticipantSeat } from '../../src/sync/room-api.ts';

export type RawSocket = {
  ws: WebSocket;
  /** Resolves with the close code and reason the server sent. */
  closed: Promise<{ code: number; reason: string }>;
  sendUpdate(update: Uint8Array): void;
  sendSyncStep2(update: Uint8Array): void;
  send(bytes: Uint8Array | string): void;
};

/**
 * Opens a socket and resolves once the upgrade succeeded; rejects with the HTTP status otherwise.
 * `headers`: handshake headers (the trainer key for a trainer or viewer socket).
 */
export function openRawSocket(origin: string, docName: string, params: Record<string, string>, headers: Record<string, string> = {}): Promise<RawSocket> {
  const query = new URLSearchParams(params).toString();
  const ws = new WebSocket(`${syncUrl(origin)}/${docName}?${query}`, { headers });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  return new Promise((resolve, reject) => {
    ws.on('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    ws.on('error', reject);
    ws.on('open', () =>
      resolve({
        ws,
        closed,
        sendUpdate: (update) => ws.send(encodeUpdateMessage(update)),
        sendSyncStep2(update) {
          const encoder = encoding.createEncoder();
          encoding.writeVarUint(encoder, 0);
          syncProtocol.writeSyncStep2(encoder, docWith(update));
          ws.send(encoding.toUint8Array(encoder));
        },
        send: (bytes) => ws.send(bytes),
      }),
    );
  });
}

/** Opens a socket on `docName` with the participant credentials of `seat`. */
/** The HTTP status a socket's upgrade gets: 101 when it opens, else the refusal's (401, 404, …). */
export async function upgradeStatus(origin: string, docName: string, params: Record<string, string>, headers: Record<string, string> = {}): Promise<number> {
  try {
    const socket = await openRawSocket(origin, docName, params, headers);
    socket.ws.close();
    return 101;
  } catch (error) {
    return Number(/HTTP (\d+)/.exec(String(error))?.[1] ?? 0);
  }
}

export function openAsParticipant(origin: string, seat: ParticipantSeat, docName: string): Promise<RawSocket> {
  return openRawSocket(origin, docName, { role: 'participant', pid: seat.pid, token: seat.token });
}

/** Waits until the server closes `socket` and checks it closed with the code for `kind`. */
export async function expectClosedWith(socket: RawSocket, kind: CloseKind): Promise<void> {
  expect((await socket.closed).code).toBe(CLOSE[kind].code);
}

function docWith(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}

/** An update made on a fresh document by `change`. */
export function updateFrom(change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  change(doc);
  return Y.encodeStateAsUpdate(doc);
}

/** An update that sets the answer to exercise `id` in a participant document, as a phone would. */
export function answerUpdate(id: string, value: unknown, round = 1): Uint8Array {
  return updateFrom((doc) => doc.getMap('answers').set(id, { round, value }));
}

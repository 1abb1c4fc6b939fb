/**
 * Speaks the y-websocket protocol with one socket for one document, and closes the socket
 * with a clear code when it sends what it may not. Every update it sends goes through the write
 * steps (steps.ts): check write → apply → after write; the hub then stores it and sends it on.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { WebSocket } from 'ws';
import { CLOSE, type CloseKind } from '../src/shared/close-codes.ts';
import { MESSAGE_AWARENESS, MESSAGE_SYNC, type DocHub, type Peer } from './doc-hub.ts';
import { createTokenBucket } from './rate-limit.ts';
import type { WriteSteps } from './write-policy.ts';

export type ConnectionOptions = {
  socket: WebSocket;
  hub: DocHub;
  writes: WriteSteps;
  maxMessageBytes: number;
  messageBurst: number;
  messagesPerSecond: number;
  now: () => number;
  onReject: (rejection: { close: CloseKind; detail: string }) => void;
  onClose: () => void;
};

/** An empty awareness update: the reply that keeps y-websocket's 30 s silence watchdog quiet. */
const KEEPALIVE = (() => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, new Uint8Array([0]));
  return encoding.toUint8Array(encoder);
})();

export function attachSyncConnection(options: ConnectionOptions): Peer {
  const { socket, hub, writes, now } = options;
  const bucket = createTokenBucket(options.messageBurst, options.messagesPerSecond, now);
  let isClosed = false;
  const peer: Peer = {
    send(message) {
      if (!isClosed && socket.readyState === socket.OPEN) socket.send(message);
    },
  };

  const close = (kind: CloseKind, detail: string) => {
    if (isClosed) return;
    isClosed = true;
    hub.remove(peer);
    options.onReject({ close: kind, detail });
    socket.close(CLOSE[kind].code, CLOSE[kind].reason);
  };

  const receiveUpdate = (update: Uint8Array) => {
    const verdict = writes.checkWrite(update);
    if (verdict === 'ignore') return;
    if (!verdict.ok) return close(verdict.close, verdict.detail);
    try {
      // The hub stores the change, then sends it on (doc-hub.ts).
      Y.applyUpdate(hub.doc, update, peer);
    } catch {
      return close('malformed', 'update does not decode');
    }
    writes.afterWrite(verdict);
  };

  const handleMessage = (message: Uint8Array) => {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (decoding.hasContent(decoder)) return close('malformed', 'trailing bytes after the message');
      if (step === syncProtocol.messageYjsSyncStep1) {
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MESSAGE_SYNC);
        syncProtocol.writeSyncStep2(encoder, hub.doc, payload);
        peer.send(encoding.toUint8Array(encoder));
      } else if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate) {
        receiveUpdate(payload);
      } else {
        close('malformed', `unknown sync step ${step}`);
      }
    } else if (type === MESSAGE_AWARENESS) {
      // Presence is never fanned out between phones; the server only answers to keep the socket alive.
      decoding.readVarUint8Array(decoder);
      peer.send(KEEPALIVE);
    } else {
      close('malformed', `unknown message type ${type}`);
    }
  };

  socket.on('message', (data, isBinary) => {
    if (isClosed) return;
    if (!bucket.take()) return close('flood', 'message rate over the limit');
    if (!isBinary) return close('malformed', 'text frame');
    const message = toBytes(data);
    if (message.length > options.maxMessageBytes) return close('tooLarge', `${message.length} bytes`);
    try {
      handleMessage(message);
    } catch {
      close('malformed', 'message does not decode');
    }
  });
  socket.on('close', () => {
    isClosed = true;
    hub.remove(peer);
    options.onClose();
  });
  socket.on('error', () => socket.terminate());

  hub.add(peer);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, hub.doc);
  peer.send(encoding.toUint8Array(encoder));
  return peer;
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * One fuzz lane: a socket on one document that sends frames one at a time and learns what each
 * did. After each frame it sends a WebSocket ping; the server handles messages in order, so a
 * pong means the frame was handled and the connection stayed open, and a close means that frame
 * closed it. A closed lane reconnects with the same credentials for the next frame.
 *
 * The lane speaks WebSocket itself over a TCP socket (upgrade request, masked frames, nothing
 * else): most fuzz frames close their connection, so a run opens tens of thousands, and the `ws`
 * client's handshake (random key, hash check, HTTP client) would cost more than the server's.
 * The frames on the wire are the same as any client's.
 */
import { connect as connectTcp, type Socket } from 'node:net';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { Frame } from './frame-fuzzer.ts';

export type FrameOutcome = { kind: 'open' } | { kind: 'closed'; code: number } | { kind: 'hang' };

export type FuzzLane = {
  /** The lane's document as the server sent it (sync replies and broadcasts applied, when asked for). */
  replica(): Y.Doc;
  /** The server's last messages to the lane, newest last. */
  readonly received: Uint8Array[];
  readonly connections: () => number;
  send(frame: Frame): Promise<FrameOutcome>;
  /** Opens the connection if it is not open, and sends nothing. */
  ensureOpen(): Promise<void>;
  close(): void;
};

const KEPT_MESSAGES = 8;
const REFRESH_EVERY = 16;
const OPCODE = { text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;
/** No close frame before the connection ended (RFC 6455 §7.1.5). */
const ABNORMAL_CLOSE = 1006;

/** A client frame: FIN, opcode, masked with a zero key (the server must unmask; zeros keep the payload as is). */
function clientFrame(opcode: number, payload: Uint8Array): Buffer {
  const length = payload.length;
  const header = length < 126 ? 2 : length < 65536 ? 4 : 10;
  const frame = Buffer.alloc(header + 4 + length);
  frame[0] = 0x80 | opcode;
  if (length < 126) frame[1] = 0x80 | length;
  else if (length < 65536) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(payload, header + 4);
  return frame;
}

/** Server frames (never masked) in `buffer`; returns the complete ones and what is left over. */
function readFrames(buffer: Buffer): { frames: { opcode: number; payload: Buffer }[]; rest: Buffer } {
  const frames: { opcode: number; payload: Buffer }[] = [];
  let at = 0;
  while (buffer.length - at >= 2) {
    let length = buffer[at + 1] & 0x7f;
    let header = 2;
    if (length === 126) {
      if (buffer.length - at < 4) break;
      length = buffer.readUInt16BE(at + 2);
      header = 4;
    } else if (length === 127) {
      if (buffer.length - at < 10) break;
      length = Number(buffer.readBigUInt64BE(at + 2));
      header = 10;
    }
    if (buffer.length - at < header + length) break;
    frames.push({ opcode: buffer[at] & 0x0f, payload: buffer.subarray(at + header, at + header + length) });
    at += header + length;
  }
  return { frames, rest: buffer.subarray(at) };
}

type Connection = { socket: Socket; onFrame?: (opcode: number, payload: Buffer) => void; onEnd?: (code: number) => void; closeCode?: number };

/** `headers`: extra handshake headers (a viewer lane sends the trainer key). */
export function createFuzzLane(origin: string, path: string, { timeoutMs, headers = {} }: { timeoutMs: number; headers?: Record<string, string> }): FuzzLane {
  const { hostname, port } = new URL(origin);
  const extra = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  const request = Buffer.from(
    `GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n${extra}` +
      'Sec-WebSocket-Key: ZnV6ei1sYW5lLWtleS0xMg==\r\nSec-WebSocket-Version: 13\r\n\r\n',
  );
  const replica = new Y.Doc();
  // Broadcasts are applied when the fuzzer next looks: a results lane receives one per reconnect.
  let unapplied: Uint8Array[] = [];
  const received: Uint8Array[] = [];
  let current: Connection | null = null;
  let connections = 0;

  const onServerMessage = (bytes: Uint8Array) => {
    received.push(bytes);
    if (received.length > KEPT_MESSAGES) received.shift();
    try {
      const decoder = decoding.createDecoder(bytes);
      if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) === 0) return;
      unapplied.push(decoding.readVarUint8Array(decoder));
    } catch {
      // Not ours to judge: the checks look at the server's documents, not at this copy.
    }
  };
  let looks = 0;
  const replicaNow = () => {
    // Refreshed every few looks: a copy a little behind the server is as good for building frames.
    looks += 1;
    if (unapplied.length === 0 || (looks % REFRESH_EVERY !== 0 && replica.store.clients.size > 0)) return replica;
    const updates = unapplied;
    unapplied = [];
    Y.transact(replica, () => {
      for (const update of updates) {
        try {
          Y.applyUpdate(replica, update);
        } catch {
          // As above: a copy for building frames, not a check.
        }
      }
    });
    return replica;
  };

  const open = () =>
    new Promise<Connection>((resolve, reject) => {
      const socket = connectTcp(Number(port), hostname);
      socket.setNoDelay(true);
      const connection: Connection = { socket };
      let buffer: Buffer<ArrayBufferLike> = Buffer.alloc(0);
      let isUpgraded = false;
      socket.on('connect', () => socket.write(request));
      socket.on('data', (chunk) => {
        buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
        if (!isUpgraded) {
          const end = buffer.indexOf('\r\n\r\n');
          if (end < 0) return;
          const status = buffer.subarray(0, buffer.indexOf('\r\n')).toString();
          if (!status.startsWith('HTTP/1.1 101')) return reject(new Error(`fuzz lane refused: ${status}`));
          isUpgraded = true;
          connections += 1;
          buffer = buffer.subarray(end + 4);
          resolve(connection);
        }
        const { frames, rest } = readFrames(buffer);
        buffer = rest;
        for (const { opcode, payload } of frames) {
          if (opcode === OPCODE.binary) onServerMessage(new Uint8Array(payload));
          // As every WebSocket client does: the server ends a socket that leaves its ping unanswered.
          if (opcode === OPCODE.ping) socket.write(clientFrame(OPCODE.pong, payload));
          if (opcode === OPCODE.close) {
            connection.closeCode = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
            socket.end(clientFrame(OPCODE.close, payload.subarray(0, 2)));
          }
          connection.onFrame?.(opcode, payload);
        }
      });
      socket.on('error', (error) => (isUpgraded ? undefined : reject(error)));
      socket.on('close', () => {
        if (current === connection) current = null;
        connection.onEnd?.(connection.closeCode ?? ABNORMAL_CLOSE);
      });
    });

  const ensureOpen = async () => {
    if (!current || current.socket.destroyed || current.closeCode !== undefined) current = await open();
    return current;
  };

  return {
    replica: replicaNow,
    received,
    connections: () => connections,
    async ensureOpen() {
      await ensureOpen();
    },
    async send(frame) {
      const connection = await ensureOpen();
      return new Promise<FrameOutcome>((resolve) => {
        const finish = (outcome: FrameOutcome) => {
          clearTimeout(timer);
          connection.onFrame = undefined;
          connection.onEnd = undefined;
          if (outcome.kind !== 'open' && current === connection) current = null;
          // A closed connection is already ending (its close frame answered); a hung one is cut.
          if (outcome.kind === 'hang') connection.socket.destroy();
          resolve(outcome);
        };
        const timer = setTimeout(() => finish({ kind: 'hang' }), timeoutMs);
        connection.onFrame = (opcode, payload) => {
          if (opcode === OPCODE.pong) finish({ kind: 'open' });
          else if (opcode === OPCODE.close) finish({ kind: 'closed', code: payload.length >= 2 ? payload.readUInt16BE(0) : 1005 });
        };
        connection.onEnd = (code) => finish({ kind: 'closed', code });
        connection.socket.write(clientFrame(frame.isText ? OPCODE.text : OPCODE.binary, frame.bytes));
        connection.socket.write(clientFrame(OPCODE.ping, new Uint8Array(0)));
      });
    },
    close() {
      current?.socket.destroy();
      current = null;
      replica.destroy();
    },
  };
}

export function hexOf(bytes: Uint8Array, max = 512): string {
  const hex = Buffer.from(bytes.subarray(0, max)).toString('hex');
  return bytes.length > max ? `${hex}… (${bytes.length} bytes)` : hex;
}

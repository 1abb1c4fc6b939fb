/**
 * The WebSocket side of the server: an upgrade request goes through the first steps of a
 * socket's life (authenticate, load; see steps.ts) before it completes; then the socket syncs its
 * document, and every update it sends goes through the write steps.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { CLOSE } from '../src/shared/close-codes.ts';
import type { Limits } from './config.ts';
import { startHeartbeat } from './heartbeat.ts';
import type { ParticipantSockets } from './participant-sockets.ts';
import type { RejectionLog } from './rejection-log.ts';
import type { Remotes } from './remotes.ts';
import type { SeatSuspensions } from './seat-suspension.ts';
import type { Steps } from './steps.ts';
import { attachSyncConnection } from './sync-connection.ts';

type Dependencies = {
  steps: Steps;
  limits: Limits;
  /** Each participant's open sockets, so a removal closes them all. */
  sockets: ParticipantSockets;
  /** Each remote's open sockets, so revoking it closes them at once. */
  remotes: Remotes;
  refusals: RejectionLog;
  suspensions: SeatSuspensions;
  now: () => number;
  log: (line: string) => void;
  /** Takes a trainer's socket that is not a room's (Vite's reload socket under `npm run dev`); says whether it did. */
  otherUpgrade?: (request: IncomingMessage, socket: Duplex, head: Buffer) => boolean;
};

export function createUpgrade({ steps, limits, sockets, remotes, refusals, suspensions, now, log, otherUpgrade }: Dependencies) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxTrainerMessageBytes });
  const heartbeat = startHeartbeat({ intervalMs: limits.pingIntervalMs, sockets: () => wss.clients });

  async function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
    const admission = await steps.authenticate(request);
    if ('other' in admission) {
      if (!otherUpgrade?.(request, socket, head)) refuse(socket, 404, 'Not Found');
      return;
    }
    if (!('room' in admission)) return refuse(socket, admission.status, admission.text);
    const { room, ref, grant, credentials, seat } = admission;
    // A removed or deleted participant is told so before anything of it is loaded again (its inbox would be refilled).
    if (grant.role === 'participant' && room.seats.isRemoved(credentials.pid!)) {
      return void wss.handleUpgrade(request, socket, head, (ws) => void sockets.admit(room, credentials.pid!, ws));
    }
    const hub = await steps.load(admission);
    const ip = request.socket.remoteAddress ?? '';
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.watch(room.code, ws);
      // Deleted while this socket's document loaded: closed as the room's other sockets were.
      if (room.isGone()) return void ws.close(CLOSE.roomGone.code, CLOSE.roomGone.reason);
      if (grant.role === 'participant' && !sockets.admit(room, credentials.pid!, ws)) return;
      if (grant.role === 'remote' && !remotes.admit(credentials.remote!.id, ws)) return;
      heartbeat.watch(ws);
      const isParticipantDoc = ref.kind === 'participant';
      attachSyncConnection({
        socket: ws,
        hub,
        writes: steps.writesOf(admission, hub),
        maxMessageBytes: grant.role === 'trainer' ? limits.maxTrainerMessageBytes : limits.maxClientMessageBytes,
        messageBurst: limits.messageBurst,
        messagesPerSecond: limits.messagesPerSecond,
        now,
        onReject: ({ close, detail }) => {
          refusals.record({ reason: `${CLOSE[close].code} ${close}`, ip, detail });
          suspensions.recordRefusal(seat);
        },
        onClose: () => {
          if (isParticipantDoc && hub.peers.size === 0) room.setOnline(ref.pid!, false);
        },
      });
      if (isParticipantDoc) room.setOnline(ref.pid!, true);
    });
  }

  return {
    /** The HTTP server's `upgrade` listener. */
    handle(request: IncomingMessage, socket: Duplex, head: Buffer): void {
      socket.on('error', () => socket.destroy());
      upgrade(request, socket, head).catch((error: unknown) => {
        log(`upgrade error: ${(error as Error).stack}`);
        refuse(socket, 500, 'Internal Server Error');
      });
    },
    /** Stops the pings and ends every socket; resolves when each one's close handler has run. */
    async close(): Promise<void> {
      heartbeat.stop();
      // Wait for every socket's close handler: they record who went offline, and that must be
      // stored before the store closes.
      await Promise.all(
        [...wss.clients].map((client) => new Promise((resolve) => {
          client.once('close', resolve);
          client.terminate();
        })),
      );
    },
  };
}

function refuse(socket: Duplex, status: number, text: string) {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * Pings every socket and ends the ones that did not answer the previous ping. A phone that froze
 * or walked out of the wifi never closes its socket itself; without this it would count as
 * online forever. A browser answers pings on its own, whatever the page is doing.
 */
import type { WebSocket } from 'ws';

export type Heartbeat = {
  /** Starts listening for this socket's answers; call once per socket as it opens. */
  watch(socket: WebSocket): void;
  stop(): void;
};

/** A silent socket is ended between one and two intervals after its last answer. */
export function startHeartbeat({ intervalMs, sockets }: { intervalMs: number; sockets: () => Iterable<WebSocket> }): Heartbeat {
  /** Pinged, and no answer since. */
  const silent = new WeakSet<WebSocket>();
  const timer = setInterval(() => {
    for (const socket of sockets()) {
      if (socket.readyState !== socket.OPEN) continue;
      // Ending it without a close handshake: a peer that is gone would never finish one.
      if (silent.has(socket)) socket.terminate();
      else {
        silent.add(socket);
        socket.ping();
      }
    }
  }, intervalMs);
  timer.unref();
  return {
    watch: (socket) => void socket.on('pong', () => silent.delete(socket)),
    stop: () => clearInterval(timer),
  };
}

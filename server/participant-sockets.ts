/**
 * The open sockets of each participant, so that removing one closes all of its sockets at once,
 * and a removed participant that comes back is told so instead of being synced; and of each room,
 * so that deleting a room closes every socket on it.
 */
import type { WebSocket } from 'ws';
import { CLOSE } from '../src/shared/close-codes.ts';
import type { Room } from './rooms.ts';

export function createParticipantSockets() {
  const open = new Map<string, Set<WebSocket>>();
  const ofRoom = new Map<string, Set<WebSocket>>();
  const keyOf = (code: string, pid: string) => `${code}/${pid}`;
  /** Keeps `socket` in `map` under `key` while it is open. */
  const track = (map: Map<string, Set<WebSocket>>, key: string, socket: WebSocket) => {
    const sockets = map.get(key) ?? new Set<WebSocket>();
    sockets.add(socket);
    map.set(key, sockets);
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0 && map.get(key) === sockets) map.delete(key);
    });
  };

  return {
    /**
     * Tracks a participant's new socket; false (and the socket closed with `removed`) when the
     * trainer removed it. Checked after the upgrade completes, so a removal that happened while
     * the upgrade was on its way is not missed; a refused upgrade would look like a network
     * fault to the phone, which would then keep trying.
     */
    admit(room: Room, pid: string, socket: WebSocket): boolean {
      if (room.seats.isRemoved(pid)) {
        socket.close(CLOSE.removed.code, CLOSE.removed.reason);
        return false;
      }
      track(open, keyOf(room.code, pid), socket);
      return true;
    },
    /** Tracks any socket of a room (trainer, viewer, participant). */
    watch(code: string, socket: WebSocket): void {
      track(ofRoom, code, socket);
    },
    /** Closes every socket of a deleted room with the final `roomGone` code. */
    closeRoom(code: string): void {
      for (const socket of ofRoom.get(code) ?? []) socket.close(CLOSE.roomGone.code, CLOSE.roomGone.reason);
    },
    /** Closes every socket of a removed participant with the final `removed` code. */
    closeRemoved(code: string, pid: string): void {
      for (const socket of open.get(keyOf(code, pid)) ?? []) socket.close(CLOSE.removed.code, CLOSE.removed.reason);
    },
  };
}
export type ParticipantSockets = ReturnType<typeof createParticipantSockets>;

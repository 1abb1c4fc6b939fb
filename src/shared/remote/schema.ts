/**
 * Where the trainer's phone as remote (decision 0086) lives in a room's documents besides its own
 * command queue (commands.ts). Kept apart from room-schema.ts: the join page bundles STAGE and
 * CLOSE whole, and not one byte of the remote may reach a phone.
 */

/** A remote's command queue (commands.ts), which only that remote writes and the deck reads. */
export function remoteDocName(code: string, remote: string): string {
  return `room/${code}/remote/${remote}`;
}

/** In the stage doc, written by the deck. */
export const REMOTE_STAGE = {
  /**
   * Y.Map: remote id → the id of the last command of that remote the deck applied. Written in
   * the same transaction as what the command did, so a command is applied once, also when the
   * deck reloads.
   */
  acks: 'remoteAcks',
  /**
   * Key of STAGE.map: what the remotes show (cue.ts), written while a remote is connected. Not in
   * PUBLIC_STAGE_KEYS: the notes never reach a phone.
   */
  cue: 'cue',
} as const;

/** In the results doc, written by the server: Y.Map remote id → {createdAt}, the room's active remotes. */
export const REMOTE_RESULTS = { remotes: 'remotes' } as const;

/** The close code of a revoked remote's sockets (final for y-websocket, like every 44xx). */
export const REMOTE_REVOKED = { code: 4401, reason: 'remote revoked by the trainer' } as const;

/**
 * The close code of a deleted room (close-codes.ts `CLOSE_CODE.roomGone`), repeated here because the
 * remote page importing close-codes.ts makes Rolldown split it out of the join page into a chunk of
 * its own, which costs the phone's page bytes it does not have. A unit test keeps the two equal.
 */
export const REMOTE_ROOM_GONE = 4404;

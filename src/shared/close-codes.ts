/**
 * WebSocket close codes the server uses when it throws a connection out.
 * 4400-4499 are final for y-websocket's client: it does not reconnect (TECH-NOTES P7).
 */
export const CLOSE = {
  malformed: { code: 4400, reason: 'malformed message' },
  forbidden: { code: 4403, reason: 'write not allowed for this role or document' },
  notOpen: { code: 4409, reason: 'exercise is not open for answers' },
  tooLarge: { code: 4413, reason: 'message over the size limit' },
  invalidAnswer: { code: 4422, reason: 'answer not allowed by the exercise' },
  flood: { code: 4429, reason: 'too many messages' },
  roomGone: { code: 4404, reason: 'room no longer exists' },
  /** The trainer removed this participant and its answers; its seat is refused from now on. */
  removed: { code: 4410, reason: 'removed by the trainer' },
} as const;

export type CloseKind = keyof typeof CLOSE;

/**
 * WebSocket close codes the server uses when it throws a connection out.
 * 4400-4499 are final for y-websocket's client: it does not reconnect (TECH-NOTES P7).
 */
export const CLOSE_CODE = {
  malformed: 4400,
  forbidden: 4403,
  notOpen: 4409,
  tooLarge: 4413,
  invalidAnswer: 4422,
  flood: 4429,
  roomGone: 4404,
  /** The trainer removed this participant and its answers; its seat is refused from now on. */
  removed: 4410,
} as const;

/** Each code with the reason the server sends. The phone page imports `CLOSE_CODE` alone: the reasons' text would count against its weight budget. */
export const CLOSE = {
  malformed: { code: CLOSE_CODE.malformed, reason: 'malformed message' },
  forbidden: { code: CLOSE_CODE.forbidden, reason: 'write not allowed for this role or document' },
  notOpen: { code: CLOSE_CODE.notOpen, reason: 'exercise is not open for answers' },
  tooLarge: { code: CLOSE_CODE.tooLarge, reason: 'message over the size limit' },
  invalidAnswer: { code: CLOSE_CODE.invalidAnswer, reason: 'answer not allowed by the exercise' },
  flood: { code: CLOSE_CODE.flood, reason: 'too many messages' },
  roomGone: { code: CLOSE_CODE.roomGone, reason: 'room no longer exists' },
  removed: { code: CLOSE_CODE.removed, reason: 'removed by the trainer' },
} as const;

export type CloseKind = keyof typeof CLOSE;

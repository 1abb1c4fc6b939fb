/** Who a connection is; the server decides this before the WebSocket upgrade completes. */
/** `remote`: the trainer's phone as remote of one room (decision 0086). */
export const ROLES = ['trainer', 'participant', 'viewer', 'remote'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

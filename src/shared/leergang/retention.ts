/**
 * When a leergang's data expire: `retentionDays` after its last session, counted from the later of
 * the day a session's room was opened and its planned date (a planned fifth session keeps the
 * group until a year after it). Pure, so the server's sweep, the start page's warning and the
 * member's "Mijn leergang" agree.
 */
export const DEFAULT_RETENTION_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The start page warns this long before a group expires. */
export const EXPIRY_WARNING_DAYS = 30;

export type DatedSession = { plannedDate: string | null; room: { openedAt: number } | null };

/** The moment of the group's last session (ms), or null while no session has a date or a room. */
export function lastSessionAt(sessions: readonly DatedSession[]): number | null {
  const moments = sessions.flatMap((s) => [
    ...(s.room ? [s.room.openedAt] : []),
    ...(s.plannedDate ? [Date.parse(`${s.plannedDate}T23:59:59Z`)] : []),
  ]).filter(Number.isFinite);
  return moments.length ? Math.max(...moments) : null;
}

/** When the group's data expire, or null while it has no dated session (it then expires counted from its creation). */
export function expiresAt(sessions: readonly DatedSession[], createdAt: number, retentionDays: number): number {
  return (lastSessionAt(sessions) ?? createdAt) + retentionDays * DAY_MS;
}

export function isExpiringSoon(expiry: number, now: number): boolean {
  return expiry - now <= EXPIRY_WARNING_DAYS * DAY_MS;
}

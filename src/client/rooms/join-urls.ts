/** The links a phone joins a room by: the QR code's, and the one for a video call's chat (decision 0089). */

/** What a join link is made of: the server's join URL, the room code and its join key ('' for none). */
export type JoinLink = { joinUrl: string; code: string; joinKey: string };

/**
 * The exact URL the QR code encodes: the server's join URL with the room code and its join key
 * (joins that carry it are never blocked by wrong codes typed on the same wifi).
 */
export function joinUrlOf({ joinUrl, code, joinKey }: JoinLink): string {
  return joinKey ? `${joinUrl}?code=${code}&k=${encodeURIComponent(joinKey)}` : `${joinUrl}?code=${code}`;
}

/** The link for a video call's chat: the join link, marked so the phone says it is online and follows the slides. */
export function onlineJoinUrlOf(link: JoinLink): string {
  return `${joinUrlOf(link)}&online`;
}

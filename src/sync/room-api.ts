/** The server's small JSON API, as the browser calls it. */

/** `joinKey` goes into the join link and QR code: joins by them are never blocked by wrong guesses. */
export type TrainerRoom = { code: string; secret: string; deck: string; viewerToken: string; joinKey: string };
/**
 * A leergang member, as its phone keeps it: `token` recognises it in the group's next sessions;
 * `personalCode` comes only when the member is new (the phone shows it, and keeps it).
 */
export type Membership = {
  group: { id: string; name: string };
  id: string;
  token: string;
  pseudonym: string;
  personalCode?: string;
  /** Days the group's data are kept after its last session (the phone's privacy note says so). */
  retentionDays?: number;
};
/** What a phone says of who it is in a group: the memberships it holds, or a personal code typed on a new phone. */
export type MemberIdentity = { members?: { group: string; id: string; token: string }[]; personalCode?: string };
/** `askNames: false`: the deck wants no names (a hall), so the phone skips the name step. `member`: the room is a leergang's session. */
export type ParticipantSeat = { code: string; pid: string; token: string; askNames?: boolean; member?: Membership };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Trainer calls from a browser carry the trainer cookie by themselves; a Node tool passes the
 * trainer key as headers (see shared/trainer-key.ts).
 */
export type ExtraHeaders = Record<string, string>;

export async function call<T>(origin: string, path: string, body?: unknown, extraHeaders: ExtraHeaders = {}): Promise<T> {
  const response = await fetch(`${origin}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...extraHeaders, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new ApiError(response.status, json.error ?? response.statusText);
  return json as T;
}

/**
 * `joinKey` from the join link or QR code, when the phone came that way (not for a typed code).
 * `online`: the phone came through the link for a video call's chat (decision 0089).
 */
export const joinRoom = (origin: string, code: string, joinKey?: string, identity: MemberIdentity & { online?: boolean } = {}) =>
  call<ParticipantSeat>(origin, '/api/join', { code, ...(joinKey ? { joinKey } : {}), ...identity });

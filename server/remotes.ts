/**
 * The trainer's phone as remote of one room (decision 0086): a link the trainer makes from the
 * laptop, shown as a QR code on request. Like a co-trainer link (invites.ts) it holds an id and an
 * HMAC of it, and revoking it is instant; unlike one it grants a single room, not the trainer's
 * side: its cookie opens the remote page, reads that room's stage and writes that remote's own
 * command queue, and nothing else. The list, revoked or not, is one store record kept in memory,
 * since every request and socket of a remote asks it.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { CLOSE } from '../src/shared/close-codes.ts';
import { REMOTE_REVOKED } from '../src/shared/remote/schema.ts';
import { cookieValue } from './trainer-access.ts';
import type { Store } from './store/store.ts';

export type Remote = { id: string; code: string; createdAt: number; revokedAt: number | null };

export const REMOTE_COOKIE = 'mw_remote';
/** The query parameter of a remote's link. */
export const REMOTE_PARAM = 'remote';
/**
 * A day: a remote is for one session, and the trainer makes a new one next time. The server holds
 * it to that too (its link and cookie are refused once the day since it was made is over), not
 * only the phone's browser: a copied cookie or the link in the phone's history must not outlive it.
 */
const COOKIE_MAX_AGE_SECONDS = 24 * 3600;
const LIFETIME_MS = COOKIE_MAX_AGE_SECONDS * 1000;
const KEY = 'remotes';

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export type Remotes = Awaited<ReturnType<typeof loadRemotes>>;

/** `key`: the server key the link and cookie are signed with (a new key ends every remote). */
export async function loadRemotes({ store, key, now }: { store: Store; key: string; now: () => number }) {
  let remotes = (await store.getRecord<Remote[]>(KEY)) ?? [];
  let queue: Promise<unknown> = Promise.resolve();
  const save = (next: Remote[]) => {
    remotes = next;
    const write = queue.then(() => store.putRecord(KEY, next));
    queue = write.catch(() => undefined);
    return write;
  };
  const sign = (text: string) => createHmac('sha256', key).update(text).digest('base64url');
  const linkToken = (id: string) => `${id}.${sign(`remote-link:${id}`)}`;
  const session = (id: string) => `${id}.${sign(`remote-session:${id}`)}`;
  const hasExpired = (remote: Remote) => now() - remote.createdAt >= LIFETIME_MS;
  const isCurrent = (remote: Remote) => remote.revokedAt === null && !hasExpired(remote);
  const active = (id: string) => remotes.find((remote) => remote.id === id && isCurrent(remote));
  const sockets = new Map<string, Set<WebSocket>>();

  return {
    /** The token in a remote's link (and QR code). */
    linkToken,
    /** The remote a link's token names when it is genuine (revoked or not); else null. */
    ofLink(token: string): Remote | null {
      const id = token.split('.')[0] ?? '';
      const remote = remotes.find((candidate) => candidate.id === id);
      return remote && sameText(token, linkToken(id)) ? remote : null;
    },
    /** The Set-Cookie value that makes a browser the remote `id`. */
    cookie: (id: string) => `${REMOTE_COOKIE}=${session(id)}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${COOKIE_MAX_AGE_SECONDS}`,
    /** The active remote a request's cookie proves, or null (none, forged, revoked or expired). */
    ofRequest(request: IncomingMessage): Remote | null {
      const cookie = cookieValue(request.headers.cookie, REMOTE_COOKIE);
      const id = cookie.split('.')[0] ?? '';
      return cookie && sameText(cookie, session(id)) ? (active(id) ?? null) : null;
    },
    isActive: (id: string) => active(id) !== undefined,
    /** Whether the remote's day is over (revoked or not). */
    hasExpired,
    /** The room's remotes that still work: neither revoked nor expired. */
    ofRoom: (code: string) => remotes.filter((remote) => remote.code === code && isCurrent(remote)),
    async create(code: string): Promise<Remote> {
      const remote = { id: randomBytes(9).toString('base64url'), code, createdAt: now(), revokedAt: null };
      await save([...remotes, remote]);
      return remote;
    },
    /** Revokes a remote of `code` and closes its sockets at once; false when the room has no such remote. */
    async revoke(code: string, id: string): Promise<boolean> {
      if (!remotes.some((remote) => remote.id === id && remote.code === code)) return false;
      await save(remotes.map((remote) => (remote.id === id && remote.revokedAt === null ? { ...remote, revokedAt: now() } : remote)));
      for (const socket of sockets.get(id) ?? []) socket.close(REMOTE_REVOKED.code, REMOTE_REVOKED.reason);
      return true;
    },
    /**
     * Forgets every remote of a deleted room, revoked or not, and closes their open sockets as the
     * room's are closed: from then on their links and cookies are refused as unknown.
     */
    async removeRoom(code: string): Promise<void> {
      const gone = remotes.filter((remote) => remote.code === code);
      if (gone.length === 0) return;
      await save(remotes.filter((remote) => remote.code !== code));
      for (const { id } of gone) for (const socket of sockets.get(id) ?? []) socket.close(CLOSE.roomGone.code, CLOSE.roomGone.reason);
    },
    /**
     * Tracks a remote's new socket; false (and the socket closed) when the remote was revoked
     * while its upgrade was on its way.
     */
    admit(id: string, socket: WebSocket): boolean {
      if (!active(id)) {
        socket.close(REMOTE_REVOKED.code, REMOTE_REVOKED.reason);
        return false;
      }
      const open = sockets.get(id) ?? new Set<WebSocket>();
      open.add(socket);
      sockets.set(id, open);
      socket.once('close', () => {
        open.delete(socket);
        if (open.size === 0 && sockets.get(id) === open) sockets.delete(id);
      });
      return true;
    },
  };
}

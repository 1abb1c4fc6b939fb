/**
 * The trainer credential, the Jupyter way: `npm start` prints a URL with a secret key; the
 * browser that opens it gets an HttpOnly cookie and is a trainer from then on. Tools without a
 * browser (tests, the benchmark, the export) send the key in a header instead.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TRAINER_KEY_HEADER } from '../src/shared/trainer-key.ts';

export const TRAINER_COOKIE = 'mw_trainer';
/** The query parameter of the printed `Trainer:` URL. */
export const TRAINER_KEY_PARAM = 'key';
/** The query parameter of a co-trainer link. */
export const INVITE_PARAM = 'invite';
/** A month: a trainer's laptop stays signed in across the five sessions of a leergang. */
const COOKIE_MAX_AGE_SECONDS = 30 * 24 * 3600;

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The value of one cookie in a Cookie header, or '' when it is absent. */
export function cookieValue(header: string | undefined, name: string): string {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return '';
}

/**
 * `isActiveInvite`: whether a co-trainer link is still valid; a browser signed in through one
 * stops being a trainer the moment the link is revoked.
 */
export function createTrainerAccess({ key, isActiveInvite = () => false }: { key: string; isActiveInvite?: (id: string) => boolean }) {
  const sign = (text: string) => createHmac('sha256', key).update(text).digest('base64url');
  // The cookie holds a value derived from the key, not the key itself: what a browser keeps is
  // worth no more than the browser, and a new key (TRAINER_KEY) signs every old cookie out.
  const session = sign('trainer-session:v1');
  const inviteSession = (id: string) => `inv.${id}.${sign(`invite-session:${id}`)}`;
  return {
    key,
    /** True when the key given in a URL or header is the trainer key. */
    isKey: (candidate: string) => candidate !== '' && sameText(candidate, key),
    /** The Set-Cookie value that makes a browser a trainer. */
    cookie: () => `${TRAINER_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${COOKIE_MAX_AGE_SECONDS}`,
    /** The token in a co-trainer link for invite `id`. */
    inviteToken: (id: string) => `${id}.${sign(`invite:${id}`)}`,
    /** The invite id a co-trainer link's token names, when the token is genuine (revoked or not); else null. */
    inviteOf(token: string): string | null {
      const id = token.split('.')[0] ?? '';
      return id && sameText(token, this.inviteToken(id)) ? id : null;
    },
    /** The Set-Cookie value that makes a browser a trainer through invite `id`. */
    inviteCookie: (id: string) => `${TRAINER_COOKIE}=${inviteSession(id)}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${COOKIE_MAX_AGE_SECONDS}`,
    /** Whether a request (HTTP or WebSocket upgrade) carries the trainer credential. */
    isTrainer(request: IncomingMessage): boolean {
      const header = request.headers[TRAINER_KEY_HEADER];
      if (typeof header === 'string' && sameText(header, key)) return true;
      const cookie = cookieValue(request.headers.cookie, TRAINER_COOKIE);
      if (cookie.startsWith('inv.')) {
        const id = cookie.split('.')[1] ?? '';
        return sameText(cookie, inviteSession(id)) && isActiveInvite(id);
      }
      return cookie !== '' && sameText(cookie, session);
    },
  };
}
export type TrainerAccess = ReturnType<typeof createTrainerAccess>;

/** The printed Trainer: URL: a right key gives this browser the trainer cookie and drops the key from the address bar. */
import type { ServerResponse } from 'node:http';
import { replyText } from './http-json.ts';
import type { FailureLimiter } from './rate-limit.ts';
import { INVITE_PARAM, TRAINER_KEY_PARAM, type TrainerAccess } from './trainer-access.ts';
import { replyRevoked, replyWrongKey } from './trainer-pages.ts';

export function createSignIn({ trainer, failures, isActiveInvite }: { trainer: TrainerAccess; failures: FailureLimiter; isActiveInvite: (id: string) => boolean }) {
  /** A co-trainer link: a genuine, active invite signs this browser in; a revoked one says so. */
  function signInByInvite(response: ServerResponse, url: URL, ip: string): void {
    const invite = trainer.inviteOf(url.searchParams.get(INVITE_PARAM) ?? '');
    if (invite && !isActiveInvite(invite)) return void replyRevoked(response);
    if (!invite) {
      if (failures.isBlocked(ip)) return void replyText(response, 429, 'Too many attempts: wait a minute.');
      failures.recordFailure(ip);
      return void replyWrongKey(response);
    }
    url.searchParams.delete(INVITE_PARAM);
    response.writeHead(303, { location: `${url.pathname}${url.search}`, 'set-cookie': trainer.inviteCookie(invite), 'cache-control': 'no-store' });
    response.end();
  }

  return function signIn(response: ServerResponse, url: URL, ip: string): void {
    if (url.searchParams.has(INVITE_PARAM)) {
      signInByInvite(response, url, ip);
      return;
    }
    // The key first: the right one is never blocked by wrong guesses from the same address.
    if (!trainer.isKey(url.searchParams.get(TRAINER_KEY_PARAM) ?? '')) {
      if (failures.isBlocked(ip)) {
        replyText(response, 429, 'Too many attempts: wait a minute.');
        return;
      }
      failures.recordFailure(ip);
      replyWrongKey(response);
      return;
    }
    url.searchParams.delete(TRAINER_KEY_PARAM);
    response.writeHead(303, { location: `${url.pathname}${url.search}`, 'set-cookie': trainer.cookie(), 'cache-control': 'no-store' });
    response.end();
  };
}

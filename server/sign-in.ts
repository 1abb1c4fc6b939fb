/** The printed Trainer: URL: a right key gives this browser the trainer cookie and drops the key from the address bar. */
import type { ServerResponse } from 'node:http';
import { replyText } from './http-json.ts';
import type { FailureLimiter } from './rate-limit.ts';
import { TRAINER_KEY_PARAM, type TrainerAccess } from './trainer-access.ts';
import { replyWrongKey } from './trainer-pages.ts';

export function createSignIn({ trainer, failures }: { trainer: TrainerAccess; failures: FailureLimiter }) {
  return function signIn(response: ServerResponse, url: URL, ip: string): void {
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

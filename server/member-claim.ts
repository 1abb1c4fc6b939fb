/**
 * Who a phone joining a leergang's session is in the group: a member its phone already is (it
 * keeps the member token), the member whose personal code it typed (a new phone, or a browser
 * that forgot), or a new member, who gets a personal code now.
 */
import { randomBytes } from 'node:crypto';
import { createPersonalCode, normalizePersonalCode } from '../src/shared/personal-code.ts';
import { hashSecret, type Auth } from './auth.ts';
import { HttpError, textOf } from './http-json.ts';
import type { FailureLimiter } from './rate-limit.ts';
import type { GroupRecord, MemberClaim } from './groups.ts';

export const WRONG_PERSONAL_CODE = 'Deze persoonlijke code kennen we niet in deze leergang. Kijk hem na, of laat het veld leeg.';

/** The claim, and the personal code to hand out when it makes a new member. Throws 404/429 for a wrong or blocked code. */
export function claimMembership(
  body: Record<string, unknown>,
  group: GroupRecord,
  ip: string,
  { auth, failures }: { auth: Auth; failures: FailureLimiter },
): { claim: MemberClaim; personalCode?: string } {
  const held = (Array.isArray(body.members) ? body.members : []).find(
    (entry): entry is { group: string; id: string; token: string } =>
      typeof entry === 'object' && entry !== null && entry.group === group.id && typeof entry.id === 'string' && typeof entry.token === 'string',
  );
  if (held && auth.isMemberToken(group.id, held.id, held.token) && group.members?.some((m) => m.id === held.id)) {
    return { claim: { kind: 'member', member: held.id } };
  }
  const typed = textOf(body.personalCode).trim();
  if (typed) {
    // Checked before the code: a blocked address learns nothing from another guess.
    if (failures.isBlocked(ip)) throw new HttpError(429, 'te veel pogingen, wacht even');
    const code = normalizePersonalCode(typed);
    const codeHash = code ? hashSecret(code) : '';
    if (!code || !group.members?.some((m) => m.codeHash === codeHash)) {
      failures.recordFailure(ip);
      throw new HttpError(404, WRONG_PERSONAL_CODE);
    }
    return { claim: { kind: 'code', codeHash } };
  }
  const personalCode = createPersonalCode((count) => randomBytes(count));
  return { claim: { kind: 'new', codeHash: hashSecret(personalCode) }, personalCode };
}

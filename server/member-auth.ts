/**
 * Who a phone calling the member API is: the member whose token it kept, or whose personal code it
 * typed. A wrong code counts against the address's failure budget, as a wrong room code does, and a
 * wrong token is refused without a hint of which part was wrong.
 */
import { normalizePersonalCode } from '../src/shared/personal-code.ts';
import { hashSecret, type Auth } from './auth.ts';
import { HttpError, textOf } from './http-json.ts';
import { WRONG_PERSONAL_CODE } from './member-claim.ts';
import type { FailureLimiter } from './rate-limit.ts';
import type { GroupRecord, Groups, MemberRecord } from './groups.ts';

export const NOT_A_MEMBER = 'We kennen deze telefoon niet als deelnemer van deze leergang (meer).';

export async function authenticateMember(
  body: Record<string, unknown>,
  ip: string,
  { groups, auth, failures }: { groups: Groups; auth: Auth; failures: FailureLimiter },
): Promise<{ group: GroupRecord; member: MemberRecord }> {
  if (failures.isBlocked(ip)) throw new HttpError(429, 'te veel pogingen, wacht even');
  const typed = textOf(body.personalCode).trim();
  if (typed) {
    const code = normalizePersonalCode(typed);
    const found = code ? await groups.findByCode(hashSecret(code)) : null;
    if (!found) {
      failures.recordFailure(ip);
      throw new HttpError(404, WRONG_PERSONAL_CODE.replace(' Kijk hem na, of laat het veld leeg.', ' Kijk hem na.'));
    }
    return found;
  }
  const [groupId, memberId, token] = [textOf(body.group), textOf(body.member), textOf(body.token)];
  const group = groupId ? await groups.get(groupId) : undefined;
  const member = group?.members?.find((m) => m.id === memberId);
  if (!group || !member || !auth.isMemberToken(group.id, member.id, token)) {
    failures.recordFailure(ip);
    throw new HttpError(401, NOT_A_MEMBER);
  }
  return { group, member };
}

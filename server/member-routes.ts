/**
 * The member's own API, for a phone (no trainer credential): their history ("Mijn leergang") and
 * the name on their certificate. Every route first proves who the phone is (member-auth.ts) and
 * answers about that member only: no request field names whose data it returns.
 */
import type { IncomingMessage } from 'node:http';
import { readCertificateName } from '../src/shared/leergang/certificate-name.ts';
import { DEFAULT_RETENTION_DAYS } from '../src/shared/leergang/retention.ts';
import type { Auth } from './auth.ts';
import { pseudonymOf, type Groups } from './groups.ts';
import { HttpError, readJson } from './http-json.ts';
import type { Manifest } from './manifest.ts';
import { readOwnAnswers } from './member-answers.ts';
import { authenticateMember, NOT_A_MEMBER } from './member-auth.ts';
import { memberHistoryOf } from './member-history.ts';
import type { FailureLimiter } from './rate-limit.ts';
import type { Rooms } from './rooms.ts';

type Route = { access: 'public'; handle: (request: IncomingMessage, ip: string) => Promise<[number, unknown]> };

export function memberRoutes({ groups, rooms, manifest, auth, failures, retentionDays = DEFAULT_RETENTION_DAYS }: {
  groups: Groups;
  rooms: Rooms;
  manifest: Manifest;
  auth: Auth;
  /** Wrong tokens and personal codes count here, as wrong room codes do. */
  failures: FailureLimiter;
  /** How long a group's data are kept after its last session (the server's RETENTION_DAYS). */
  retentionDays?: number;
}): Record<string, Route> {
  return {
    'POST /api/member/history': { access: 'public', handle: async (request, ip) => {
      const { group, member } = await authenticateMember(await readJson(request), ip, { groups, auth, failures });
      const answers = await readOwnAnswers(rooms, group, member);
      const history = memberHistoryOf(group, member, { decks: manifest.decks, answers, retentionDays });
      // What the phone keeps: a phone that came by personal code is recognised by its token from now on.
      const membership = { group: { id: group.id, name: group.name }, id: member.id, token: auth.memberToken(group.id, member.id), pseudonym: pseudonymOf(member) };
      return [200, { history, membership }];
    } },
    'POST /api/member/name': { access: 'public', handle: async (request, ip) => {
      const body = await readJson(request);
      const { group, member } = await authenticateMember(body, ip, { groups, auth, failures });
      const checked = readCertificateName(body.name);
      if ('problem' in checked) throw new HttpError(400, checked.problem);
      // Deleted meanwhile (by the trainer, or on another phone of theirs).
      if (!(await groups.setCertificateName(group.id, member.id, checked.name))) throw new HttpError(404, NOT_A_MEMBER);
      return [200, { name: checked.name }];
    } },
  };
}

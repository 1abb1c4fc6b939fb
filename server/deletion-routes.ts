/**
 * Deleting from the API: the trainer deletes one member or the whole group (typing the group's name
 * to confirm), and a member deletes their own data from their phone ("Mijn leergang").
 */
import type { IncomingMessage } from 'node:http';
import type { Auth } from './auth.ts';
import type { Groups } from './groups.ts';
import { HttpError, readJson, textOf } from './http-json.ts';
import type { Deletion } from './leergang-deletion.ts';
import { authenticateMember } from './member-auth.ts';
import type { FailureLimiter } from './rate-limit.ts';

type Route = { access: 'public' | 'trainer'; handle: (request: IncomingMessage, ip: string) => Promise<[number, unknown]> };

export const WRONG_GROUP_NAME = 'Typ de naam van de leergang precies over om hem te verwijderen.';

export function deletionRoutes({ groups, deletion, auth, failures }: {
  groups: Groups;
  deletion: Deletion;
  auth: Auth;
  failures: FailureLimiter;
}): Record<string, Route> {
  return {
    'POST /api/groups/member/delete': { access: 'trainer', handle: async (request) => {
      const body = await readJson(request);
      if (!(await deletion.deleteMember(textOf(body.group), textOf(body.member)))) {
        throw new HttpError(404, 'deze leergang of deelnemer bestaat niet (meer)');
      }
      return [200, { deleted: true }];
    } },
    'POST /api/groups/delete': { access: 'trainer', handle: async (request) => {
      const body = await readJson(request);
      const group = await groups.get(textOf(body.group));
      if (!group) throw new HttpError(404, 'deze leergang bestaat niet (meer)');
      // A deleted group cannot come back: the trainer types its name, as a second look at which one.
      if (textOf(body.name).trim() !== group.name.trim()) throw new HttpError(409, WRONG_GROUP_NAME);
      await deletion.deleteGroup(group.id);
      return [200, { deleted: true }];
    } },
    'POST /api/member/delete': { access: 'public', handle: async (request, ip) => {
      const { group, member } = await authenticateMember(await readJson(request), ip, { groups, auth, failures });
      await deletion.deleteMember(group.id, member.id);
      return [200, { deleted: true }];
    } },
  };
}

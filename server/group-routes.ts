/**
 * The trainer's API for leergangen: list and create groups, and open a session's room from its
 * group (also on a co-trainer's laptop: the group hands out the room with its secret).
 */
import type { IncomingMessage } from 'node:http';
import type { Auth } from './auth.ts';
import { HttpError, readJson } from './http-json.ts';
import { GroupInputError, readGroupInput } from './group-input.ts';
import { publicGroup, type Groups } from './groups.ts';

type Route = { access: 'trainer'; handle: (request: IncomingMessage, ip: string) => Promise<[number, unknown]> };

export function groupRoutes({ groups, auth, checkRoomCreation }: {
  groups: Groups;
  auth: Auth;
  /** Throws the HttpError a new room would get now (too many in a short time, disk too full). */
  checkRoomCreation: (deck: string, ip: string) => Promise<void>;
}): Record<string, Route> {
  return {
    'GET /api/groups': { access: 'trainer', handle: async () => [200, { groups: (await groups.list()).map(publicGroup) }] },
    'POST /api/groups': { access: 'trainer', handle: async (request) => {
      const body = await readJson(request);
      try {
        return [201, { group: publicGroup(await groups.create(readGroupInput(body))) }];
      } catch (error) {
        if (error instanceof GroupInputError) throw new HttpError(400, error.message);
        throw error;
      }
    } },
    'POST /api/groups/session': { access: 'trainer', handle: async (request, ip) => {
      const body = await readJson(request);
      const id = typeof body.group === 'string' ? body.group : '';
      const session = typeof body.session === 'number' ? body.session : NaN;
      const existing = await groups.get(id);
      if (!existing) throw new HttpError(404, 'deze leergang bestaat niet (meer)');
      // A new room passes the room limits; a session that has its room just gets it again.
      const current = existing.sessions.find((s) => s.session === session);
      if (current && !current.room) await checkRoomCreation(current.deck, ip);
      try {
        const opened = await groups.openSession(id, session);
        if (!opened) throw new HttpError(404, 'deze leergang bestaat niet (meer)');
        const { room, deck, group } = opened;
        return [200, {
          code: room.code, secret: room.secret, deck, viewerToken: auth.viewerToken(room.code), joinKey: auth.joinKey(room.code),
          group: publicGroup(group),
        }];
      } catch (error) {
        if (error instanceof RangeError) throw new HttpError(409, `geen bijeenkomst ${body.session} in deze leergang: ${error.message}`);
        throw error;
      }
    } },
  };
}

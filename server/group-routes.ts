/**
 * The trainer's API for leergangen: list and create groups, and open a session's room from its
 * group (also on a co-trainer's laptop: the group hands out the room with its secret).
 */
import type { IncomingMessage } from 'node:http';
import type { Auth } from './auth.ts';
import { randomBytes } from 'node:crypto';
import { createPersonalCode } from '../src/shared/personal-code.ts';
import { publicGroup, registerTable } from './attendance.ts';
import { hashSecret } from './auth.ts';
import { FileReply, HttpError, readJson, textOf } from './http-json.ts';
import { tableToCsv } from './tables/table-csv.ts';
import { tablesToXlsx } from './tables/table-xlsx.ts';
import { GroupInputError, readGroupInput } from './group-input.ts';
import { pseudonymOf, type GroupRecord, type Groups } from './groups.ts';
import type { Invite, Invites } from './invites.ts';

type Route = { access: 'trainer'; handle: (request: IncomingMessage, ip: string) => Promise<[number, unknown]> };

export function groupRoutes({ groups, invites, auth, checkRoomCreation, inviteUrl, retentionDays }: {
  groups: Groups;
  /** Days a group's data are kept after its last session: the start page shows when they expire. */
  retentionDays: number;
  invites: Invites;
  auth: Auth;
  /** The co-trainer link of an invite, on the address phones and other laptops reach. */
  inviteUrl: (id: string) => string;
  /** Throws the HttpError a new room would get now (too many in a short time, disk too full). */
  checkRoomCreation: (deck: string, ip: string) => Promise<void>;
}): Record<string, Route> {
  /** The group a download names in its query (`?group=<id>`). */
  async function groupOf(request: IncomingMessage) {
    const id = new URL(request.url ?? '/', 'http://localhost').searchParams.get('group') ?? '';
    const group = await groups.get(id);
    if (!group) throw new HttpError(404, 'deze leergang bestaat niet (meer)');
    return group;
  }

  // A revoked link has no use any more, so only an active one carries its URL.
  const withUrl = (invite: Invite) => ({ ...invite, url: invite.revokedAt === null ? inviteUrl(invite.id) : null });
  /** A group as the start page shows it: no room secrets, its co-trainer links. */
  const listed = (group: GroupRecord) => ({ ...publicGroup(group, retentionDays), invites: invites.ofGroup(group.id).map(withUrl) });

  return {
    'GET /api/groups': { access: 'trainer', handle: async () => [
      200,
      { groups: (await groups.list()).map(listed) },
    ] },
    'POST /api/groups/invite': { access: 'trainer', handle: async (request) => {
      const body = await readJson(request);
      const group = await groups.get(textOf(body.group));
      if (!group) throw new HttpError(404, 'deze leergang bestaat niet (meer)');
      return [201, { invite: withUrl(await invites.create(group.id)) }];
    } },
    'POST /api/groups/invite/revoke': { access: 'trainer', handle: async (request) => {
      const body = await readJson(request);
      const done = await invites.revoke(textOf(body.group), textOf(body.invite));
      if (!done) throw new HttpError(404, 'deze link hoort niet bij deze leergang');
      return [200, { revoked: true }];
    } },
    'POST /api/groups': { access: 'trainer', handle: async (request) => {
      const body = await readJson(request);
      try {
        return [201, { group: listed(await groups.create(readGroupInput(body))) }];
      } catch (error) {
        if (error instanceof GroupInputError) throw new HttpError(400, error.message);
        throw error;
      }
    } },
    'POST /api/groups/presence': { access: 'trainer', handle: async (request) => {
      const body = await readJson(request);
      const [id, member] = [textOf(body.group), textOf(body.member)];
      if (typeof body.session !== 'number' || typeof body.present !== 'boolean') throw new HttpError(400, 'session (een getal) en present (ja/nee) ontbreken');
      try {
        const group = await groups.setPresence(id, body.session, member, body.present);
        if (!group) throw new HttpError(404, 'deze leergang of deelnemer bestaat niet (meer)');
        return [200, { group: listed(group) }];
      } catch (error) {
        if (error instanceof RangeError) throw new HttpError(409, `geen bijeenkomst ${body.session} in deze leergang`);
        throw error;
      }
    } },
    'POST /api/groups/member': { access: 'trainer', handle: async (request) => {
      const body = await readJson(request);
      const personalCode = createPersonalCode((count) => randomBytes(count));
      const member = await groups.addMember(textOf(body.group), hashSecret(personalCode));
      if (!member) throw new HttpError(404, 'deze leergang bestaat niet (meer)');
      return [201, { member: { id: member.id, pseudonym: pseudonymOf(member), personalCode } }];
    } },
    'GET /api/groups/register.csv': { access: 'trainer', handle: async (request) => {
      const group = await groupOf(request);
      return [200, new FileReply('text/csv; charset=utf-8', `aanwezigheid-${group.id}.csv`, tableToCsv(registerTable(group)))];
    } },
    'GET /api/groups/register.xlsx': { access: 'trainer', handle: async (request) => {
      const group = await groupOf(request);
      const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      return [200, new FileReply(type, `aanwezigheid-${group.id}.xlsx`, await tablesToXlsx([registerTable(group)]))];
    } },
    'POST /api/groups/session/find': { access: 'trainer', handle: async (request) => {
      // The room a session already has, never a new one: a later session reads an earlier one.
      const body = await readJson(request);
      const group = await groups.get(textOf(body.group));
      const room = group?.sessions.find((s) => s.session === body.session)?.room;
      if (!group || !room) throw new HttpError(404, 'deze bijeenkomst is (nog) niet gehouden');
      const deck = group.sessions.find((s) => s.session === body.session)!.deck;
      return [200, { code: room.code, secret: room.secret, deck, viewerToken: auth.viewerToken(room.code), joinKey: auth.joinKey(room.code) }];
    } },
    'POST /api/groups/session': { access: 'trainer', handle: async (request, ip) => {
      const body = await readJson(request);
      const id = textOf(body.group);
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
          group: listed(group),
        }];
      } catch (error) {
        if (error instanceof RangeError) throw new HttpError(409, `geen bijeenkomst ${body.session} in deze leergang: ${error.message}`);
        throw error;
      }
    } },
  };
}

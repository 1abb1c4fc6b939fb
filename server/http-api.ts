/**
 * The small JSON API: the trainer creates or resumes a room and removes a participant, a phone
 * joins a room. A state-changing request reaches it already checked for origin and JSON (app.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { normalizeJoinCode } from '../src/shared/join-code.ts';
import type { Auth } from './auth.ts';
import { DEFAULT_MIN_FREE_DISK_BYTES, type Config } from './config.ts';
import { diskSpaceAdvice, diskSpaceProblem, freeBytes } from './disk-space.ts';
import { FileReply, HttpError, readJson, sendFile, sendJson, sendTrainerOnly, textOf, type ErrorReply, type RequestFacts } from './http-json.ts';
import { admitJoin, saysJoinedOnline } from './join-admission.ts';
import type { Manifest } from './manifest.ts';
import { createParticipantRemoval, REMOVE_ROUTE } from './participant-removal.ts';
import type { ParticipantSockets } from './participant-sockets.ts';
import { createKeyedLimiter, type FailureLimiter, type KeyedLimiter } from './rate-limit.ts';
import type { RoomBySecret } from './room-by-secret.ts';
import type { Rooms } from './rooms.ts';
import { groupRoutes } from './group-routes.ts';
import { documentRoutes } from './document-routes.ts';
import { memberRoutes } from './member-routes.ts';
import { claimMembership } from './member-claim.ts';
import type { Invites } from './invites.ts';
import { INVITE_PARAM, type TrainerAccess } from './trainer-access.ts';
import { pseudonymOf, type GroupRecord, type MemberRecord } from './groups.ts';
import type { Groups } from './groups.ts';
import { deletionRoutes } from './deletion-routes.ts';
import type { Deletion } from './leergang-deletion.ts';
import { DEFAULT_RETENTION_DAYS } from '../src/shared/leergang/retention.ts';

const MEMBER_API = '/api/member/';
export const TOO_MANY_MEMBER_CALLS = 'Te veel verzoeken tegelijk. Probeer het over een minuut opnieuw.';

type Dependencies = {
  config: Config;
  manifest: Manifest;
  auth: Auth;
  rooms: Rooms;
  /** The leergangen (training groups) and their session rooms. */
  groups: Groups;
  /** Co-trainer links, made and revoked from a group's page. */
  invites: Invites;
  /** Deleting a member or a whole group, with all their data. */
  deletion: Deletion;
  trainer: TrainerAccess;
  roomBySecret: RoomBySecret;
  /** Each participant's open sockets, so a removal closes them all. */
  sockets: ParticipantSockets;
  failures: FailureLimiter;
  /** Successful joins per address. */
  joins: KeyedLimiter;
  /** The URL phones open; the deck's QR code encodes it with the room code. */
  joinUrl: () => string;
  now: () => number;
  log: (line: string) => void;
  replyWithError: ErrorReply;
};

/** Who may call a route: anyone (a phone), or only a browser or tool with the trainer credential. */
type Access = 'public' | 'trainer';
type Route = { access: Access; handle: (request: IncomingMessage, ip: string) => Promise<[number, unknown]> };

export function createHttpApi(deps: Dependencies) {
  const { config, manifest, auth, rooms, failures } = deps;
  const removeParticipant = createParticipantRemoval({ roomBySecret: deps.roomBySecret, sockets: deps.sockets, log: deps.log });
  const memberCalls = createKeyedLimiter({ burst: config.limits.memberCallBurst, perSecond: config.limits.memberCallsPerSecond, now: deps.now });
  const roomCreations = createKeyedLimiter({ burst: config.limits.roomCreateBurst, perSecond: config.limits.roomCreatesPerSecond, now: deps.now });

  /** Every new room, one-off or a group's session, passes the same limits. */
  async function checkRoomCreation(deck: string, ip: string): Promise<void> {
    if (!roomCreations.take(ip)) throw new HttpError(429, 'too many new rooms in a short time, wait a minute');
    const [free, floor] = [await freeBytes(config.dataDir), config.minFreeDiskBytes ?? DEFAULT_MIN_FREE_DISK_BYTES];
    const diskProblem = diskSpaceProblem(free, floor);
    if (diskProblem) {
      deps.log(`room for ${deck} refused: ${diskProblem}`);
      throw new HttpError(507, diskSpaceAdvice(free, floor));
    }
  }

  const routes: Record<string, Route> = {
    'GET /api/info': { access: 'trainer', handle: async () => [
      200,
      { joinUrl: deps.joinUrl(), decks: Object.entries(manifest.decks).map(([id, d]) => ({ id, title: d.title })) },
    ] },
    ...deletionRoutes({ groups: deps.groups, deletion: deps.deletion, auth, failures }),
    ...groupRoutes({
      groups: deps.groups, invites: deps.invites, auth, checkRoomCreation, retentionDays: config.retentionDays ?? DEFAULT_RETENTION_DAYS,
      inviteUrl: (id) => `${deps.joinUrl().replace(/\/join$/, '')}/?${INVITE_PARAM}=${encodeURIComponent(deps.trainer.inviteToken(id))}`,
    }),
    ...documentRoutes({ groups: deps.groups, rooms, manifest, auth, failures, now: deps.now }),
    ...memberRoutes({ groups: deps.groups, rooms, manifest, auth, failures, retentionDays: config.retentionDays ?? DEFAULT_RETENTION_DAYS }),
    'POST /api/rooms': { access: 'trainer', handle: async (request, ip) => {
      const deck = textOf((await readJson(request)).deck);
      if (!Object.hasOwn(manifest.decks, deck)) throw new HttpError(404, `no deck "${deck}"`);
      await checkRoomCreation(deck, ip);
      const { code, secret } = await rooms.create(deck);
      deps.log(`room ${code} opened for ${deck}`);
      return [201, { code, secret, deck, viewerToken: auth.viewerToken(code), joinKey: auth.joinKey(code) }];
    } },
    'POST /api/rooms/resume': { access: 'trainer', handle: async (request, ip) => {
      const body = await readJson(request);
      const code = normalizeJoinCode(textOf(body.code));
      const record = code ? await rooms.find(code) : undefined;
      // The secret first: the right one is never blocked by wrong guesses from the same address.
      if (!code || !record || !auth.isTrainerSecret(textOf(body.secret), record.secretHash)) {
        if (failures.isBlocked(ip)) throw new HttpError(429, 'too many attempts, wait a minute');
        failures.recordFailure(ip);
        throw new HttpError(404, 'no room with this code and secret');
      }
      return [200, { code, secret: textOf(body.secret), deck: record.deck, viewerToken: auth.viewerToken(code), joinKey: auth.joinKey(code) }];
    } },
    'POST /api/join': { access: 'public', handle: async (request, ip) => {
      const body = await readJson(request);
      const code = normalizeJoinCode(textOf(body.code));
      // A join by the room's link or QR carries its key: wrong codes typed by others behind the
      // same address (a hall, a hotspot) never block it, and it is no guess.
      const isByLink = code !== null && auth.isJoinKey(code, textOf(body.joinKey));
      // Checked before the code is looked up: a blocked address learns nothing from a guess.
      if (!isByLink && failures.isBlocked(ip)) throw new HttpError(429, 'te veel pogingen, wacht even');
      const room = code ? await rooms.open(code) : null;
      if (!code || !room) {
        if (!isByLink) failures.recordFailure(ip);
        throw new HttpError(404, 'onbekende code');
      }
      // A leergang's session: who the phone is in the group is settled before it takes a seat,
      // so a wrong personal code costs no seat.
      const session = room.record.group;
      const group = session ? await deps.groups.get(session.id) : undefined;
      const membership = group ? claimMembership(body, group, ip, { auth, failures }) : null;
      const pid = admitJoin(room, ip, deps.joins, saysJoinedOnline(body));
      const member = session && membership ? await deps.groups.admit(session.id, session.session, pid, membership.claim) : null;
      // A deck for a hall (its join block says "namen: nee") has phones skip the name step.
      const askNames = manifest.decks[room.record.deck]?.askNames !== false;
      return [200, {
        code, pid, token: auth.participantToken(code, pid), askNames,
        ...(group && member ? {
          member: {
            ...memberReply(group, member, membership?.personalCode), token: auth.memberToken(group.id, member.id),
            // The phone's privacy note says how long the data are kept.
            retentionDays: config.retentionDays ?? DEFAULT_RETENTION_DAYS,
          },
        } : {}),
      }];
    } },
  };

  const reply = (response: ServerResponse, ip: string, answer: Promise<[number, unknown]>) =>
    void answer
      .then(([status, body]) => (body instanceof FileReply ? sendFile(response, status, body) : sendJson(response, status, body)))
      .catch((error: unknown) => deps.replyWithError(response, error, ip));

  /** Answers a request for the API (true), or leaves it to the next route (false). */
  return function handleApi(request: IncomingMessage, response: ServerResponse, { path, ip, isTrainer }: RequestFacts): boolean {
    const removeRoute = REMOVE_ROUTE.exec(path);
    if (request.method === 'POST' && removeRoute) {
      if (!isTrainer) sendTrainerOnly(response);
      else reply(response, ip, removeParticipant(request, ip, removeRoute[1], removeRoute[2]));
      return true;
    }
    const route = routes[`${request.method} ${path}`];
    if (!route) return false;
    if (route.access === 'trainer' && !isTrainer) sendTrainerOnly(response);
    // Every member route reads stored documents or draws a PDF: one budget per address for all of them.
    else if (path.startsWith(MEMBER_API) && !memberCalls.take(ip)) deps.replyWithError(response, new HttpError(429, TOO_MANY_MEMBER_CALLS), ip);
    else reply(response, ip, route.handle(request, ip));
    return true;
  };
}

/** What the phone keeps of its membership: the token that recognises it next time, and its personal code when it is new. */
function memberReply(group: GroupRecord, member: MemberRecord, personalCode: string | undefined) {
  return {
    group: { id: group.id, name: group.name },
    id: member.id,
    pseudonym: pseudonymOf(member),
    ...(personalCode ? { personalCode } : {}),
  };
}

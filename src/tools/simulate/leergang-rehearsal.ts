/**
 * `npm run simulate -- --leergang`: a whole leergang rehearsed against a real server. A trainer
 * creates the group and gives its five sessions; simulated phones join each session they attend
 * by the plan (recognised as the same member every time by the token their phone keeps), answer
 * every exercise the trainer opens, and type the name for their certificate. Afterwards the
 * trainer issues the certificates and downloads what a real trainer would: the register, the
 * group report and one certificate per member who meets the default rule.
 */
import type { BaseDefinition } from '../../shared/kind/kind.ts';
import { createRandom, humanDelayMs, phoneSeed } from '../../shared/seeded-random.ts';
import { createGroup, fetchRegister, listGroups, openGroupSession, type GroupSummary } from '../../sync/group-api.ts';
import { createLiveRoom, type LiveRoom } from '../../sync/live-room.ts';
import { ParticipantSession } from '../../sync/participant-session.ts';
import { ApiError, call, joinRoom, type ExtraHeaders, type Membership } from '../../sync/room-api.ts';
import { LEERGANG_SESSIONS, isPresent, planAttendance, rehearsalName } from './leergang-plan.ts';
import { linkOfSession } from './phone-links.ts';
import { startSimulatedPhone } from './simulated-phone.ts';

export type RehearsalOptions = {
  origin: string;
  trainerHeaders: ExtraHeaders;
  /** The `ws` class for phones, and one that carries the trainer key (see soak/trainer-socket.ts). */
  PhoneWebSocket: unknown;
  TrainerWebSocket: unknown;
  /** Each deck's exercise definitions, in deck order (dist/manifest.json). */
  decks: Record<string, { exercises: Record<string, BaseDefinition> }>;
  phones: number;
  seed: number;
  /** How long the trainer waits at most for a late phone's answer before moving on, in ms. */
  patienceMs?: number;
  log: (line: string) => void;
};

export type Rehearsal = {
  group: GroupSummary;
  registerCsv: Uint8Array;
  reportPdf: Uint8Array;
  /** One per member who meets the rule, by pseudonym. */
  certificates: { pseudonym: string; pdf: Uint8Array }[];
};

/** The trainer's minimum of sessions for a certificate (the default rule). */
const CERTIFICATE_MINIMUM = 4;

export async function rehearseLeergang(options: RehearsalOptions): Promise<Rehearsal> {
  const { origin, trainerHeaders: headers, log } = options;
  const plan = planAttendance(options.phones, options.seed);
  const today = new Date();
  const plannedDates = Array.from({ length: LEERGANG_SESSIONS }, (_, i) => new Date(today.getTime() + i * 7 * 86_400_000).toISOString().slice(0, 10));
  const group = await createGroup(origin, { name: 'Oefenleergang', organisation: 'Oefenbedrijf', trainers: ['Trainer A', 'Trainer B'], plannedDates }, headers);
  const memberships: (Membership | undefined)[] = Array.from({ length: options.phones });

  for (let session = 1; session <= LEERGANG_SESSIONS; session++) {
    const room = await openGroupSession(origin, group.id, session, headers);
    const definitions = options.decks[room.deck]?.exercises;
    if (!definitions) throw new Error(`the build has no deck "${room.deck}"`);
    const trainer = createLiveRoom({ origin, room, asViewer: false, definitions, WebSocketPolyfill: options.TrainerWebSocket });
    await trainer.ready;
    const present = Array.from({ length: options.phones }, (_, phone) => phone).filter((phone) => isPresent(plan, phone, session));
    const phones = await Promise.all(present.map((phone) => joinAsMember(phone, session, room)));
    await Promise.all(phones.map(({ session: phoneSession }) => untilSynced(phoneSession)));
    for (const [h, id] of Object.keys(definitions).entries()) {
      trainer.arrive({ h, v: 0 }, id);
      await answersOrPatience(trainer, id, present.length, options.patienceMs ?? 3000);
      trainer.control(id, 'lock');
    }
    for (const phone of phones) phone.stop();
    trainer.destroy();
    log(`bijeenkomst ${session}: ${present.length} van ${options.phones} telefoons, ${Object.keys(definitions).length} oefeningen`);
  }

  // Each member types the name for their certificate on their own phone.
  for (const [phone, membership] of memberships.entries()) {
    if (membership) await call(origin, '/api/member/name', { group: membership.group.id, member: membership.id, token: membership.token, name: rehearsalName(phone) });
  }
  await call(origin, '/api/groups/certificates/issue', { group: group.id }, headers);
  const final = (await listGroups(origin, headers)).find((g) => g.id === group.id)!;
  const qualifying = final.members.filter((m) => new Set([...m.attended, ...m.ticked]).size >= CERTIFICATE_MINIMUM);
  const certificates = [];
  for (const member of qualifying) {
    certificates.push({ pseudonym: member.pseudonym, pdf: await download(`/api/groups/certificate.pdf?group=${group.id}&member=${member.id}`) });
  }
  return {
    group: final,
    registerCsv: new Uint8Array(await (await fetchRegister(origin, group.id, 'csv', headers)).arrayBuffer()),
    reportPdf: await download(`/api/groups/report.pdf?group=${group.id}`),
    certificates,
  };

  async function download(path: string): Promise<Uint8Array> {
    const response = await fetch(`${origin}${path}`, { headers });
    if (!response.ok) throw new ApiError(response.status, `${path}: ${(await response.text()).slice(0, 200)}`);
    return new Uint8Array(await response.arrayBuffer());
  }

  /** A phone joins the session as the member it already is (its kept token), or becomes a new member. */
  async function joinAsMember(phone: number, session: number, room: { code: string; joinKey: string }) {
    const held = memberships[phone];
    const identity = held ? { members: [{ group: held.group.id, id: held.id, token: held.token }] } : {};
    const seat = await joinRoom(origin, room.code, room.joinKey, identity);
    if (seat.member) memberships[phone] = { ...seat.member, personalCode: seat.member.personalCode ?? held?.personalCode };
    const phoneSession = new ParticipantSession(origin, seat, options.PhoneWebSocket);
    const random = createRandom(phoneSeed(options.seed * 10 + session, phone));
    const simulated = startSimulatedPhone({
      link: linkOfSession(phoneSession),
      random,
      delayMs: () => humanDelayMs(random, 200),
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
      now: () => Date.now(),
      report: () => undefined,
    });
    const stop = () => {
      simulated.stop();
      phoneSession.destroy();
    };
    return { session: phoneSession, stop };
  }
}

function untilSynced(session: ParticipantSession): Promise<void> {
  // Polled, as the fleet does: a provider's "synced" is not one of the session's change events.
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      if (!session.isSynced) return;
      clearInterval(poll);
      resolve();
    }, 25);
  });
}

/** Resolves when every present phone answered the exercise's current round, or after `patienceMs` (a kind with parts, a slow phone). */
function answersOrPatience(trainer: LiveRoom, id: string, expected: number, patienceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      trainer.answers.unobserve(check);
      resolve();
    };
    const check = () => {
      const state = trainer.exercises.get(id);
      if (state && trainer.answersFor(id, state.round).length >= expected) done();
    };
    const timer = setTimeout(done, patienceMs);
    trainer.answers.observe(check);
    check();
  });
}

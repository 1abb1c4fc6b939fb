/**
 * "Mijn leergang" on the server: a member reads their own history (sessions, own tasks, own
 * scale answers and shift, certificate) with the token their phone kept or with their personal
 * code, and never anyone else's; the name for their certificate is theirs to type.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import WebSocket from 'ws';
import { TOO_MANY_MEMBER_CALLS } from '../../server/http-api.ts';
import type { Manifest } from '../../server/manifest.ts';
import type { ScaleDefinition } from '../../src/kinds/scale/model.ts';
import { createGroup, openGroupSession } from '../../src/sync/group-api.ts';
import { createLiveRoom, type LiveRoom } from '../../src/sync/live-room.ts';
import { fetchMemberHistory, saveCertificateName, type MemberCredentials } from '../../src/sync/member-api.ts';
import { ParticipantSession } from '../../src/sync/participant-session.ts';
import { ApiError, joinRoom, type Membership, type ParticipantSeat, type TrainerRoom } from '../../src/sync/room-api.ts';
import { fixtureManifest } from '../support/fixture-manifest.ts';
import { startTestServer, TRAINER_HEADERS, TrainerWebSocket, type TestServer } from '../support/test-server.ts';

const ABOUT = (n: number) => `Wat bijeenkomst ${n} behandelde.`;
const PRIVATE_TASK = 'Ik oefen het gesprek met mijn medewerker over zijn rooster';

/** Five session decks: session 1 asks a scale and a transfer task, session 5 asks the scale again. */
function sessionManifest(): Manifest {
  const fixtures = fixtureManifest().decks;
  const manifest: Manifest = { decks: {} };
  for (const n of [1, 2, 3, 4, 5]) manifest.decks[`sessie-${n}`] = { ...fixtures.basis, title: `Sessie ${n}`, about: ABOUT(n) };
  const start = { ...(fixtures['meting-1'].exercises.zelfvertrouwen as ScaleDefinition), deck: 'sessie-1' };
  const end = { ...(fixtures['meting-2'].exercises['zelfvertrouwen-eind'] as ScaleDefinition), deck: 'sessie-5', compare: { deck: 'sessie-1', exercise: 'zelfvertrouwen', line: 1 } };
  manifest.decks['sessie-1'].exercises = { zelfvertrouwen: start, transfer: fixtures.opdracht.exercises.transfer };
  manifest.decks['sessie-5'].exercises = { 'zelfvertrouwen-eind': end };
  return manifest;
}

const credentialsOf = (member: Membership): MemberCredentials => ({ group: member.group.id, member: member.id, token: member.token });
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'answered',
    (error: unknown) => (error instanceof ApiError ? `${error.status} ${error.message}` : String(error)),
  );

describe('a member\'s own history', () => {
  let server: TestServer;
  const closers: (() => void)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) close();
    await server?.close();
  });

  async function trainerOf(room: TrainerRoom, manifest: Manifest): Promise<LiveRoom> {
    const live = createLiveRoom({ origin: server.origin, room, asViewer: false, definitions: manifest.decks[room.deck].exercises, WebSocketPolyfill: TrainerWebSocket });
    await live.ready;
    closers.push(() => live.destroy());
    return live;
  }

  async function phoneIn(seat: ParticipantSeat): Promise<ParticipantSession> {
    const session = new ParticipantSession(server.origin, seat, WebSocket);
    closers.push(() => session.destroy());
    await vi.waitFor(() => expect(session.isSynced).toBe(true));
    return session;
  }

  /** Opens an exercise, lets each phone give its answer, and waits until the server recorded them all. */
  async function answer(trainer: LiveRoom, id: string, answers: [ParticipantSession, unknown][]) {
    trainer.arrive({ h: 1, v: 0 }, id);
    for (const [phone, value] of answers) {
      await vi.waitFor(() => expect(phone.current()?.id).toBe(id));
      phone.answer(id, value);
    }
    await vi.waitFor(() => expect(trainer.answersFor(id, 1)).toHaveLength(answers.length));
  }

  /** Two members in session 1 (A keeps a task to themself, B shares one) and session 5 (B absent). */
  async function leergang() {
    const manifest = sessionManifest();
    server = await startTestServer({ manifest, limits: { failedJoinBurst: 5, failedJoinsPerSecond: 0.001 } });
    const group = await createGroup(server.origin, { name: 'Werkzaak voorjaar 2027', organisation: 'Werkzaak', trainers: ['Anna'] }, TRAINER_HEADERS);
    const one = await openGroupSession(server.origin, group.id, 1, TRAINER_HEADERS);
    const trainerOne = await trainerOf(one, manifest);
    const [seatA, seatB] = [await joinRoom(server.origin, one.code), await joinRoom(server.origin, one.code)];
    const [a, b] = [await phoneIn(seatA), await phoneIn(seatB)];
    await answer(trainerOne, 'zelfvertrouwen', [[a, 3], [b, 6]]);
    await answer(trainerOne, 'transfer', [[a, { text: PRIVATE_TASK, share: false }], [b, { text: 'Ik vraag elke vrijdag hoe het ging', share: true }]]);
    const five = await openGroupSession(server.origin, group.id, 5, TRAINER_HEADERS);
    const trainerFive = await trainerOf(five, manifest);
    const held = { members: [{ group: group.id, id: seatA.member!.id, token: seatA.member!.token }] };
    const seatA5 = await joinRoom(server.origin, five.code, undefined, held);
    await answer(trainerFive, 'zelfvertrouwen-eind', [[await phoneIn(seatA5), 8]]);
    return { group, a: seatA.member!, b: seatB.member! };
  }

  test('is read with the member token: sessions, own task, own scale answers and shift, certificate and expiry', async () => {
    const { group, a } = await leergang();
    const { history, membership } = await fetchMemberHistory(server.origin, credentialsOf(a));
    expect(membership).toEqual({ group: { id: group.id, name: 'Werkzaak voorjaar 2027' }, id: a.id, token: a.token, pseudonym: 'Deelnemer 1' });
    expect(history.group).toEqual({ id: group.id, name: 'Werkzaak voorjaar 2027', organisation: 'Werkzaak', trainers: ['Anna'] });
    expect(history.member).toEqual({ id: a.id, pseudonym: 'Deelnemer 1' });
    expect(history.sessions.map((s) => [s.session, s.given, s.attended])).toEqual([[1, true, true], [2, false, false], [3, false, false], [4, false, false], [5, true, true]]);
    const [first] = history.sessions;
    expect(first).toMatchObject({ deck: 'sessie-1', title: 'Sessie 1', about: ABOUT(1) });
    expect(first.tasks).toEqual([{ exercise: 'transfer', question: 'Wat ga je uitproberen vóór de volgende bijeenkomst?', text: PRIVATE_TASK, shared: false }]);
    expect(first.asked).toEqual([{ exercise: 'transfer', question: 'Wat ga je uitproberen vóór de volgende bijeenkomst?' }]);
    expect(history.scales).toEqual({ 'sessie-1/zelfvertrouwen': 3, 'sessie-5/zelfvertrouwen-eind': 8 });
    expect(history.shifts).toEqual([{ question: expect.any(String), before: { session: 1, value: 3 }, after: { session: 5, value: 8 } }]);
    expect(history.certificate).toEqual({ minimum: 4, issued: false, qualifies: false, name: null });
    const createdAt = Date.now();
    expect(history.expiresAt).toBeGreaterThan(createdAt + 364 * 24 * 3600_000);
  });

  test('is read with the personal code, and the reply holds the token that recognises the phone from then on', async () => {
    server = await startTestServer({ manifest: sessionManifest() });
    const group = await createGroup(server.origin, { name: 'Groep' }, TRAINER_HEADERS);
    const one = await openGroupSession(server.origin, group.id, 1, TRAINER_HEADERS);
    const first = (await joinRoom(server.origin, one.code)).member!;
    const typed = first.personalCode!.toLowerCase();
    const { history, membership } = await fetchMemberHistory(server.origin, { personalCode: typed });
    expect(history.member.id).toBe(first.id);
    expect(membership.token).toBe(first.token);
    const two = await openGroupSession(server.origin, group.id, 2, TRAINER_HEADERS);
    const again = await joinRoom(server.origin, two.code, undefined, { members: [{ group: group.id, id: membership.id, token: membership.token }] });
    expect(again.member!.id).toBe(first.id);
  });

  test('never gives another member\'s data: not with swapped ids, not with another group\'s token', async () => {
    const { group, a, b } = await leergang();
    const ofB = await fetchMemberHistory(server.origin, credentialsOf(b));
    expect(ofB.history.member.id).toBe(b.id);
    expect(JSON.stringify(ofB)).not.toContain(PRIVATE_TASK);
    expect(ofB.history.scales).toEqual({ 'sessie-1/zelfvertrouwen': 6 });
    expect(ofB.history.shifts).toEqual([{ question: expect.any(String), before: { session: 1, value: 6 }, after: { session: 5, value: null } }]);
    // A's token with B's id, B's token with A's id, a token of another group: refused, the same way.
    const refused = await Promise.all([
      failureOf(fetchMemberHistory(server.origin, { group: group.id, member: b.id, token: a.token })),
      failureOf(fetchMemberHistory(server.origin, { group: group.id, member: a.id, token: b.token })),
      failureOf(fetchMemberHistory(server.origin, { group: 'ffffffffffff', member: a.id, token: a.token })),
    ]);
    expect(refused).toEqual(Array(3).fill(`401 We kennen deze telefoon niet als deelnemer van deze leergang (meer).`));
  });

  test('a wrong personal code gets the Dutch message and counts against the address until it is blocked', async () => {
    const { a } = await leergang();
    const wrong = 'AAAAA-AAAAA';
    expect(await failureOf(fetchMemberHistory(server.origin, { personalCode: wrong }))).toBe('404 Deze persoonlijke code kennen we niet in deze leergang. Kijk hem na.');
    let last = '';
    for (let i = 0; i < 50 && !last.startsWith('429'); i++) last = await failureOf(fetchMemberHistory(server.origin, { personalCode: wrong }));
    expect(last).toBe('429 te veel pogingen, wacht even');
    // Blocked: even the right token waits now.
    expect(await failureOf(fetchMemberHistory(server.origin, credentialsOf(a)))).toMatch(/^429/);
  });

  test('one address repeating member calls gets 429 with a Dutch message once over its budget; joining is not part of it', async () => {
    server = await startTestServer({ manifest: sessionManifest(), limits: { memberCallBurst: 3, memberCallsPerSecond: 0.001 } });
    const group = await createGroup(server.origin, { name: 'Werkzaak voorjaar 2027' }, TRAINER_HEADERS);
    const one = await openGroupSession(server.origin, group.id, 1, TRAINER_HEADERS);
    const seat = await joinRoom(server.origin, one.code);
    const credentials = credentialsOf(seat.member!);
    for (let i = 0; i < 3; i++) expect(await failureOf(fetchMemberHistory(server.origin, credentials))).toBe('answered');
    expect(await failureOf(fetchMemberHistory(server.origin, credentials))).toBe(`429 ${TOO_MANY_MEMBER_CALLS}`);
    expect(await failureOf(saveCertificateName(server.origin, credentials, 'Zoë'))).toBe(`429 ${TOO_MANY_MEMBER_CALLS}`);
    // The budget is the member API's own: the same address still joins.
    expect((await joinRoom(server.origin, one.code)).member).toBeDefined();
  });

  test('the name for the certificate is stored exactly as typed, and one that cannot be printed is refused', async () => {
    const { a, b } = await leergang();
    expect(await saveCertificateName(server.origin, credentialsOf(a), '  Zoë   Ğülşen ')).toEqual({ name: 'Zoë Ğülşen' });
    expect((await fetchMemberHistory(server.origin, credentialsOf(a))).history.certificate.name).toBe('Zoë Ğülşen');
    expect((await fetchMemberHistory(server.origin, credentialsOf(b))).history.certificate.name).toBeNull();
    for (const [name, problem] of [
      ['', 'Typ je naam.'],
      ['12345', 'Een naam heeft letters.'],
      ['Zoë\u202Eneslüg', 'Je naam bevat een teken dat we niet kunnen afdrukken.'],
      ['a'.repeat(81), 'Je naam is te lang (hooguit 80 tekens).'],
    ]) {
      expect(await failureOf(saveCertificateName(server.origin, credentialsOf(a), name))).toBe(`400 ${problem}`);
    }
    expect(await failureOf(saveCertificateName(server.origin, { ...credentialsOf(a), token: b.token }, 'Iemand Anders'))).toMatch(/^401/);
    expect((await fetchMemberHistory(server.origin, credentialsOf(a))).history.certificate.name).toBe('Zoë Ğülşen');
  });
});

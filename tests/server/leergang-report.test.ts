/**
 * The groepsverslag of a leergang on a real server, from what its session rooms hold: attendance
 * by pseudonym, the self-efficacy shift (a `vergelijk:` scale against session 1), each session's
 * evaluation scales (several per session; an item two sessions ask alike side by side), each
 * exercise's figures of its latest round; names and approved free text only when the trainer
 * asks for them.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Manifest } from '../../server/manifest.ts';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';
import { correctCertificateName, createGroup, fetchGroupDocument, groupDocumentPath, openGroupSession } from '../../src/sync/group-api.ts';
import { createLiveRoom, type LiveRoom } from '../../src/sync/live-room.ts';
import type { ParticipantSession } from '../../src/sync/participant-session.ts';
import { joinRoom, type Membership, type TrainerRoom } from '../../src/sync/room-api.ts';
import { readPdf } from '../support/pdf-reader.ts';
import { connectParticipant, startTestServer, TRAINER_HEADERS, TrainerWebSocket, type TestServer } from '../support/test-server.ts';

const JOIN = '# Sessie\n\n---\n\n::: join\n:::\n';
const DECKS: Record<string, string> = {
  'sessie-1': `${JOIN}
---

::: scale zelfvertrouwen-start
Ik kan mijn medewerker goed begeleiden.
schaal: 0-10
:::

---

::: open nodig
Wat heeft een nieuwe medewerker het meest van je nodig?
:::

---

::: scale bruikbaar-1
Deze bijeenkomst was bruikbaar voor mijn werk.
schaal: likert
evaluatie: ja
:::

---

::: scale tevreden-1
Hoe tevreden ben je over deze bijeenkomst?
schaal: 1-5
evaluatie: ja
:::
`,
  'sessie-2': JOIN,
  'sessie-3': JOIN,
  'sessie-4': `${JOIN}
---

::: scale stijl
Ik kan mijn stijl aanpassen.
schaal: 0-10
:::
`,
  'sessie-5': `${JOIN}
---

::: scale zelfvertrouwen-eind
Ik kan mijn medewerker goed begeleiden.
schaal: 0-10
vergelijk: sessie-1/zelfvertrouwen-start
:::

---

::: scale tevreden-5
Hoe tevreden ben je over deze bijeenkomst?
schaal: 1-5
evaluatie: ja
:::

---

::: scale training-trainers
Hoe tevreden ben je over de trainers?
schaal: 1-5
evaluatie: ja
:::
`,
};

function reportManifest(): Manifest {
  const manifest: Manifest = { decks: {} };
  for (const [id, source] of Object.entries(DECKS)) {
    const deck = parseDeck(source, `${id}.md`, id);
    manifest.decks[id] = { title: `Bijeenkomst ${id.slice(-1)}`, exercises: deck.exercises };
  }
  return manifest;
}

const SHOWN_TEXT = 'Rust en een vast aanspreekpunt';
const HIDDEN_TEXT = 'Duidelijke afspraken over pauzes';

describe('the groepsverslag of a leergang', () => {
  let server: TestServer;
  const closing: { destroy(): void }[] = [];
  afterEach(async () => {
    for (const item of closing.splice(0)) item.destroy();
    await server?.close();
  });

  async function trainerIn(room: TrainerRoom): Promise<LiveRoom> {
    const live = createLiveRoom({ origin: server.origin, room, asViewer: false, definitions: reportManifest().decks[room.deck].exercises, WebSocketPolyfill: TrainerWebSocket });
    await live.ready;
    closing.push(live);
    return live;
  }

  async function phoneIn(room: TrainerRoom, member?: Membership): Promise<{ phone: ParticipantSession; member: Membership }> {
    const seat = await joinRoom(server.origin, room.code, undefined, member ? { members: [{ group: member.group.id, id: member.id, token: member.token }] } : {});
    const phone = await connectParticipant(server.origin, room.code, seat);
    closing.push(phone);
    return { phone, member: member ?? seat.member! };
  }

  /** Opens each exercise on the trainer's screen and waits until every phone sees it open. */
  async function open(trainer: LiveRoom, phones: ParticipantSession[], ids: string[]) {
    ids.forEach((id, i) => trainer.arrive({ h: i + 1, v: 0 }, id));
    await vi.waitFor(() => {
      for (const phone of phones) for (const id of ids) expect(phone.exercises.get(id)?.status).toBe('open');
    });
  }

  async function answerAll(trainer: LiveRoom, id: string, answers: [ParticipantSession, unknown][]) {
    const round = trainer.exercises.get(id)!.round;
    for (const [phone, value] of answers) phone.answer(id, value);
    await vi.waitFor(() => expect(trainer.answersFor(id, round)).toHaveLength(answers.length));
  }

  async function report(group: string, options = { names: false, texts: false }): Promise<string[]> {
    const blob = await fetchGroupDocument(server.origin, groupDocumentPath.report(group, options), TRAINER_HEADERS);
    return (await readPdf(new Uint8Array(await blob.arrayBuffer()))).pages.flatMap((page) => page.lines);
  }

  test('holds attendance, the shift, the evaluations and each exercise\'s figures, and names or free text only when asked', async () => {
    server = await startTestServer({ manifest: reportManifest() });
    const group = await createGroup(server.origin, { name: 'Werkzaak najaar 2027', organisation: 'Werkzaak', trainers: ['Anna de Wit'], plannedDates: ['2027-09-01', null, null, '2027-09-22', '2027-09-29'] }, TRAINER_HEADERS);

    // Session 1: three members answer; one rating is changed by a reset, so only the new round counts.
    const one = await openGroupSession(server.origin, group.id, 1, TRAINER_HEADERS);
    const trainer1 = await trainerIn(one);
    const [a, b, c] = [await phoneIn(one), await phoneIn(one), await phoneIn(one)];
    const phones1 = [a.phone, b.phone, c.phone];
    await open(trainer1, phones1, ['zelfvertrouwen-start', 'nodig', 'bruikbaar-1', 'tevreden-1']);
    await answerAll(trainer1, 'zelfvertrouwen-start', [[a.phone, 9]]);
    trainer1.control('zelfvertrouwen-start', 'reset');
    await vi.waitFor(() => expect(a.phone.exercises.get('zelfvertrouwen-start')?.round).toBe(2));
    await answerAll(trainer1, 'zelfvertrouwen-start', [[a.phone, 3], [b.phone, 4], [c.phone, 5]]);
    await answerAll(trainer1, 'nodig', [[a.phone, SHOWN_TEXT], [b.phone, HIDDEN_TEXT]]);
    trainer1.moderate('nodig', { type: 'show', pid: a.phone.pid });
    await vi.waitFor(() => expect(trainer1.moderation.get('nodig')?.shown).toHaveLength(1));
    await answerAll(trainer1, 'bruikbaar-1', [[a.phone, 4], [b.phone, 5]]);
    await answerAll(trainer1, 'tevreden-1', [[a.phone, 3], [b.phone, 4], [c.phone, 4]]);

    // Session 4 is given without an evaluation; session 5 without member c.
    await openGroupSession(server.origin, group.id, 4, TRAINER_HEADERS);
    const five = await openGroupSession(server.origin, group.id, 5, TRAINER_HEADERS);
    const trainer5 = await trainerIn(five);
    const [a5, b5] = [await phoneIn(five, a.member), await phoneIn(five, b.member)];
    await open(trainer5, [a5.phone, b5.phone], ['zelfvertrouwen-eind', 'tevreden-5', 'training-trainers']);
    await answerAll(trainer5, 'zelfvertrouwen-eind', [[a5.phone, 7], [b5.phone, 8]]);
    await answerAll(trainer5, 'tevreden-5', [[a5.phone, 5], [b5.phone, 4]]);
    await answerAll(trainer5, 'training-trainers', [[a5.phone, 5], [b5.phone, 5]]);
    await correctCertificateName(server.origin, { group: group.id, member: a.member.id, name: 'Özlem Yılmaz' }, TRAINER_HEADERS);

    const plain = await report(group.id);
    // Prose wraps across lines; read it as one text.
    const text = plain.join(' ');
    expect(text).toContain('Dit verslag bevat geen namen en geen vrije tekst van deelnemers: elke deelnemer staat er in alle bijeenkomsten onder dezelfde schuilnaam in.');
    for (const secret of ['Özlem', SHOWN_TEXT, HIDDEN_TEXT]) expect(text).not.toContain(secret);
    // Attendance by pseudonym: a and b at 1 and 5, c only at 1.
    expect(plain).toEqual(expect.arrayContaining(['Deelnemer 1 ✓ – – – ✓ 2 van 5', 'Deelnemer 3 ✓ – – – – 1 van 5', 'Aanwezig 3 0 0 0 2']));
    expect(plain).toEqual(expect.arrayContaining(['1 Bijeenkomst 1 1 september 2027 3 van 3', '2 Bijeenkomst 2 nog niet gegeven']));
    // The shift: session 1 (3, 4, 5 after the reset) against session 5 (7, 8).
    expect(plain).toEqual(expect.arrayContaining(['Bijeenkomst 1 4,0 3', 'Bijeenkomst 5 7,5 2', 'Verschil +3,5']));
    // Evaluations: every evaluation scale of sessions 1 and 5 with its distribution, session 4 says it had none.
    expect(plain).toEqual(expect.arrayContaining([
      'Deze bijeenkomst was bruikbaar voor mijn werk. 0 · 0 · 0 · 1 · 1 4,5 / 5 2',
      'Hoe tevreden ben je over deze bijeenkomst? 0 · 0 · 1 · 2 · 0 3,7 / 5 3',
      'Deze bijeenkomst heeft geen evaluatievraag.',
      'Hoe tevreden ben je over deze bijeenkomst? 0 · 0 · 0 · 1 · 1 4,5 / 5 2',
      'Hoe tevreden ben je over de trainers? 0 · 0 · 0 · 0 · 2 5,0 / 5 2',
    ]));
    // The item both sessions asked, side by side; one only session 1 asked is not compared.
    expect(plain).toEqual(expect.arrayContaining(['Gemiddelde per bijeenkomst 1 2 3 4 5', 'Hoe tevreden ben je over deze bijeenkomst? (1–5) 3,7 – – – 4,5']));
    expect(text).not.toContain('Deze bijeenkomst was bruikbaar voor mijn werk. (1–5)');
    // An evaluation scale is not repeated among the exercises.
    expect(text).not.toContain('Hoe tevreden ben je over de trainers? (schaal)');
    // Per exercise one line of figures of its latest round.
    expect(plain).toEqual(expect.arrayContaining([
      'Ik kan mijn medewerker goed begeleiden. (schaal)',
      '3 antwoorden · gemiddeld 4,0',
      'Wat heeft een nieuwe medewerker het meest van je nodig? (open vraag)',
      '2 antwoorden · 1 getoond',
    ]));

    const asked = (await report(group.id, { names: true, texts: true })).join(' ');
    expect(asked).toContain('Özlem Yılmaz');
    expect(asked).toContain(`“${SHOWN_TEXT}”`);
    // A text the trainer never put on the projector stays out, even when texts are asked for.
    expect(asked).not.toContain(HIDDEN_TEXT);
    expect(asked).toContain('Op verzoek van de trainer staan de namen van deelnemers en door de trainer goedgekeurde teksten van deelnemers in dit verslag.');
    const namesOnly = (await report(group.id, { names: true, texts: false })).join(' ');
    expect(namesOnly).toContain('Özlem Yılmaz');
    expect(namesOnly).not.toContain(SHOWN_TEXT);
  });
});

/**
 * The certificates of a leergang on a real server: who gets one (the rule, by the register), the
 * names on them, the combined and single PDFs, the register of trained participants, and a
 * member's own certificate on their phone, which no other phone can fetch.
 */
import readXlsxFile from 'read-excel-file/node';
import { afterEach, describe, expect, test } from 'vitest';
import type { Manifest } from '../../server/manifest.ts';
import {
  addMemberWithoutPhone,
  correctCertificateName,
  createGroup,
  fetchCertificates,
  fetchGroupDocument,
  groupDocumentPath,
  issueCertificates,
  openGroupSession,
  setCertificateRule,
  setPresence,
  type GroupSummary,
} from '../../src/sync/group-api.ts';
import { fetchCertificate } from '../../src/sync/member-api.ts';
import { ApiError, joinRoom, type Membership, type TrainerRoom } from '../../src/sync/room-api.ts';
import { fixtureManifest } from '../support/fixture-manifest.ts';
import { readPdf } from '../support/pdf-reader.ts';
import { startTestServer, TRAINER_HEADERS, type TestServer } from '../support/test-server.ts';

function sessionManifest(): Manifest {
  const manifest = fixtureManifest();
  for (const n of [1, 2, 3, 4, 5]) manifest.decks[`sessie-${n}`] = { ...manifest.decks.basis, title: `Sessie ${n}` };
  return manifest;
}

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ status: 200, message: '' }),
    (error: unknown) => (error instanceof ApiError ? { status: error.status, message: error.message } : { status: -1, message: String(error) }),
  );

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const credentialsOf = (member: Membership) => ({ group: member.group.id, member: member.id, token: member.token });

/**
 * A group with five given sessions and five members: Özlem at all five, Bram at four, Cees at
 * three, Dirk at four without a name yet, and Eva without a phone, ticked present at four.
 */
async function fiveSessions(server: TestServer) {
  const group = await createGroup(
    server.origin,
    { name: 'Werkzaak voorjaar 2027', organisation: 'Werkzaak Rivierenland', trainers: ['Anna de Wit', 'Joost Bakker'], plannedDates: ['2027-03-12', '2027-03-19', '2027-03-26', '2027-04-02', '2027-04-09'] },
    TRAINER_HEADERS,
  );
  const rooms: TrainerRoom[] = [];
  for (const n of [1, 2, 3, 4, 5]) rooms.push(await openGroupSession(server.origin, group.id, n, TRAINER_HEADERS));
  const members: Membership[] = [];
  const attend = async (who: number, sessions: number[]) => {
    for (const n of sessions) {
      const known = members[who];
      const seat = await joinRoom(server.origin, rooms[n - 1].code, undefined, known ? { members: [{ group: group.id, id: known.id, token: known.token }] } : {});
      // The token and personal code come only at the first join.
      if (!known) members[who] = seat.member!;
    }
  };
  await attend(0, [1, 2, 3, 4, 5]);
  await attend(1, [1, 2, 4, 5]);
  await attend(2, [1, 3, 5]);
  await attend(3, [2, 3, 4, 5]);
  const eva = await addMemberWithoutPhone(server.origin, group.id, TRAINER_HEADERS);
  for (const session of [1, 2, 3, 5]) await setPresence(server.origin, { group: group.id, session, member: eva.id, present: true }, TRAINER_HEADERS);
  const [ozlem, bram, cees, dirk] = members;
  const name = (member: string, typed: string) => correctCertificateName(server.origin, { group: group.id, member, name: typed }, TRAINER_HEADERS);
  // Typed on a phone that sends "ö" decomposed and doubled spaces: printed composed and single-spaced.
  await name(ozlem.id, 'O\u0308zlem  Yılmaz-de Vries');
  await name(bram.id, 'Nguyễn Thị Lan');
  await name(cees.id, 'Cees de Boer');
  await name(eva.id, 'Søren Ærøskøbing');
  return { group, ozlem, bram, cees, dirk, eva };
}

describe('the certificates of a leergang', () => {
  let server: TestServer;
  afterEach(async () => server?.close());

  test('go to the members who meet the rule (4 of 5 by default, or the rule set) and have a name, one page each', async () => {
    server = await startTestServer({ manifest: sessionManifest() });
    const { group, ozlem, bram, cees, dirk, eva } = await fiveSessions(server);

    const overview = await fetchCertificates(server.origin, group.id, TRAINER_HEADERS);
    expect(overview.rule).toEqual({ minimum: 4, issuedAt: null });
    expect(overview.members.map((m) => [m.member, m.attended, m.qualifies, m.name])).toEqual([
      [ozlem.id, 5, true, 'Özlem Yılmaz-de Vries'],
      [bram.id, 4, true, 'Nguyễn Thị Lan'],
      [cees.id, 3, false, 'Cees de Boer'],
      [dirk.id, 4, true, null],
      [eva.id, 4, true, 'Søren Ærøskøbing'],
    ]);

    const combined = await readPdf(await bytesOf(await fetchGroupDocument(server.origin, groupDocumentPath.certificates(group.id), TRAINER_HEADERS)));
    // Dirk qualifies but has no name: listed as missing one, not printed; Cees came three times.
    expect(combined.pages).toHaveLength(3);
    expect(combined.pages.map((page) => page.lines[3])).toEqual(['Özlem Yılmaz-de Vries', 'Nguyễn Thị Lan', 'Søren Ærøskøbing']);
    expect(combined.pages[0].lines).toEqual(expect.arrayContaining([
      'Werkzaak voorjaar 2027 · Werkzaak Rivierenland',
      '12 maart 2027 tot en met 9 april 2027',
      '5 van 5 bijeenkomsten bijgewoond',
      'Anna de Wit Joost Bakker',
      'trainers',
    ]));
    expect(combined.pages[1].lines).toContain('4 van 5 bijeenkomsten bijgewoond');
    expect(combined.pages.flatMap((page) => page.lines).join(' ')).not.toContain('Cees');

    // The rule set to 3 of 5: Cees gets one too.
    await setCertificateRule(server.origin, group.id, 3, TRAINER_HEADERS);
    const looser = await readPdf(await bytesOf(await fetchGroupDocument(server.origin, groupDocumentPath.certificates(group.id), TRAINER_HEADERS)));
    expect(looser.pages.map((page) => page.lines[3])).toEqual(['Özlem Yılmaz-de Vries', 'Nguyễn Thị Lan', 'Cees de Boer', 'Søren Ærøskøbing']);
    // And to 5 of 5: only Özlem.
    await setCertificateRule(server.origin, group.id, 5, TRAINER_HEADERS);
    const single = await readPdf(await bytesOf(await fetchGroupDocument(server.origin, groupDocumentPath.certificate(group.id, ozlem.id), TRAINER_HEADERS)));
    expect(single.pages).toHaveLength(1);
    expect(single.pages[0].lines[3]).toBe('Özlem Yılmaz-de Vries');
    expect(await errorOf(fetchGroupDocument(server.origin, groupDocumentPath.certificate(group.id, bram.id), TRAINER_HEADERS))).toEqual({
      status: 409,
      message: 'Voor een bewijs van deelname moet je minstens 5 van de 5 bijeenkomsten aanwezig zijn. Je was er 4 keer.',
    });
  });

  test('list the trained participants as CSV and Excel: name, pseudonym, sessions attended and the issue date', async () => {
    server = await startTestServer({ manifest: sessionManifest() });
    const { group } = await fiveSessions(server);
    const issued = await issueCertificates(server.origin, group.id, TRAINER_HEADERS);
    const day = new Date(issued.rule.issuedAt!);
    const issuedOn = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;

    const [sheet] = await readXlsxFile(Buffer.from(await (await fetchGroupDocument(server.origin, groupDocumentPath.trained(group.id, 'xlsx'), TRAINER_HEADERS)).arrayBuffer()));
    expect(sheet.sheet).toBe('Getrainde deelnemers');
    expect(sheet.data).toEqual([
      ['Naam', 'Deelnemer', 'Bijeenkomsten bijgewoond (van 5)', 'Bewijs uitgegeven op'],
      ['Özlem Yılmaz-de Vries', 'Deelnemer 1', 5, issuedOn],
      ['Nguyễn Thị Lan', 'Deelnemer 2', 4, issuedOn],
      [null, 'Deelnemer 4', 4, issuedOn],
      ['Søren Ærøskøbing', 'Deelnemer 5', 4, issuedOn],
    ]);
    const csvBytes = await bytesOf(await fetchGroupDocument(server.origin, groupDocumentPath.trained(group.id, 'csv'), TRAINER_HEADERS));
    // The byte-order mark Excel needs to read UTF-8, then the rows for tools.
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csvBytes).split('\r\n')).toEqual([
      'name,member,attended,issued_on',
      `Özlem Yılmaz-de Vries,Deelnemer 1,5,${issuedOn}`,
      `Nguyễn Thị Lan,Deelnemer 2,4,${issuedOn}`,
      `,Deelnemer 4,4,${issuedOn}`,
      `Søren Ærøskøbing,Deelnemer 5,4,${issuedOn}`,
      '',
    ]);
  });

  test('reach a member\'s own phone only once issued, and only their own', async () => {
    server = await startTestServer({ manifest: sessionManifest() });
    const { group, ozlem, bram, cees, dirk } = await fiveSessions(server);

    expect(await errorOf(fetchCertificate(server.origin, credentialsOf(ozlem)))).toEqual({
      status: 409,
      message: 'Je bewijs van deelname is er nog niet: de trainer geeft de bewijzen uit na de laatste bijeenkomst.',
    });
    await issueCertificates(server.origin, group.id, TRAINER_HEADERS);

    const own = await readPdf(await bytesOf(await fetchCertificate(server.origin, credentialsOf(ozlem))));
    expect(own.pages).toHaveLength(1);
    expect(own.pages[0].lines[3]).toBe('Özlem Yılmaz-de Vries');
    // On a new phone, with the personal code the first join showed.
    const byCode = await readPdf(await bytesOf(await fetchCertificate(server.origin, { personalCode: bram.personalCode! })));
    expect(byCode.pages[0].lines[3]).toBe('Nguyễn Thị Lan');

    expect(await errorOf(fetchCertificate(server.origin, credentialsOf(cees)))).toEqual({
      status: 409,
      message: 'Voor een bewijs van deelname moet je minstens 4 van de 5 bijeenkomsten aanwezig zijn. Je was er 3 keer.',
    });
    expect(await errorOf(fetchCertificate(server.origin, credentialsOf(dirk)))).toEqual({
      status: 409,
      message: 'Typ eerst de naam die op je bewijs van deelname moet staan.',
    });

    // Cees swaps in another member's id, or that member's token: refused, without a hint which part was wrong.
    for (const forged of [
      { ...credentialsOf(cees), member: ozlem.id },
      { ...credentialsOf(cees), token: ozlem.token },
      { ...credentialsOf(ozlem), token: cees.token },
      { group: group.id, member: ozlem.id, token: '' },
    ]) {
      expect(await errorOf(fetchCertificate(server.origin, forged))).toEqual({ status: 401, message: 'We kennen deze telefoon niet als deelnemer van deze leergang (meer).' });
    }
    expect((await errorOf(fetchCertificate(server.origin, { personalCode: 'AAAAA-AAAAA' }))).status).toBe(404);
  });

  test('are the trainer\'s to manage, with a clear refusal of a bad rule, a bad name or an unknown member', async () => {
    server = await startTestServer({ manifest: sessionManifest() });
    const { group, ozlem } = await fiveSessions(server);
    for (const call of [
      () => fetchCertificates(server.origin, group.id),
      () => setCertificateRule(server.origin, group.id, 3),
      () => issueCertificates(server.origin, group.id),
      () => correctCertificateName(server.origin, { group: group.id, member: ozlem.id, name: 'Iemand anders' }),
      () => fetchGroupDocument(server.origin, groupDocumentPath.certificates(group.id)),
      () => fetchGroupDocument(server.origin, groupDocumentPath.certificate(group.id, ozlem.id)),
      () => fetchGroupDocument(server.origin, groupDocumentPath.trained(group.id, 'csv')),
      () => fetchGroupDocument(server.origin, groupDocumentPath.report(group.id, { names: true, texts: true })),
    ]) {
      expect((await errorOf(call())).status).toBe(401);
    }
    expect(await errorOf(setCertificateRule(server.origin, group.id, 6, TRAINER_HEADERS))).toEqual({ status: 400, message: 'kies hoeveel bijeenkomsten nodig zijn: 1 tot en met 5' });
    expect((await errorOf(setCertificateRule(server.origin, group.id, 2.5, TRAINER_HEADERS))).status).toBe(400);
    expect(await errorOf(correctCertificateName(server.origin, { group: group.id, member: ozlem.id, name: '  ' }, TRAINER_HEADERS))).toEqual({ status: 400, message: 'Typ je naam.' });
    expect(await errorOf(correctCertificateName(server.origin, { group: group.id, member: ozlem.id, name: 'Jan\u202eJansen' }, TRAINER_HEADERS))).toEqual({
      status: 400,
      message: 'Je naam bevat een teken dat we niet kunnen afdrukken.',
    });
    expect((await errorOf(correctCertificateName(server.origin, { group: group.id, member: 'nobody', name: 'Jan' }, TRAINER_HEADERS))).status).toBe(404);
    expect((await errorOf(fetchGroupDocument(server.origin, groupDocumentPath.certificate(group.id, 'nobody'), TRAINER_HEADERS))).status).toBe(404);
    expect((await errorOf(fetchCertificates(server.origin, 'nope', TRAINER_HEADERS))).status).toBe(404);
    // The refusals changed nothing.
    const after = await fetchCertificates(server.origin, group.id, TRAINER_HEADERS);
    expect(after.rule.minimum).toBe(4);
    expect(after.members[0].name).toBe('Özlem Yılmaz-de Vries');
  });

  test('of a group where nobody qualifies yet: the combined file says so', async () => {
    server = await startTestServer({ manifest: sessionManifest() });
    const group: GroupSummary = await createGroup(server.origin, { name: 'Net begonnen' }, TRAINER_HEADERS);
    expect(await errorOf(fetchGroupDocument(server.origin, groupDocumentPath.certificates(group.id), TRAINER_HEADERS))).toEqual({
      status: 409,
      message: 'Nog niemand heeft recht op een bewijs van deelname met een naam erop.',
    });
  });
});

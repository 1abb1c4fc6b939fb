import readXlsxFile from 'read-excel-file/node';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildResultsExport, resultsToCsv } from '../../server/results-export.ts';
import { ApiError } from '../../src/sync/room-api.ts';
import { fetchResults } from '../../src/sync/trainer-api.ts';
import { FIXTURE_DECK, fixtureManifest } from '../support/fixture-manifest.ts';
import { connectParticipant, connectTrainer, countsOf, startTestServer, TRAINER_HEADERS, type TestServer } from '../support/test-server.ts';

const exercises = fixtureManifest().decks[FIXTURE_DECK].exercises;

describe('buildResultsExport', () => {
  const people: [string, { nickname: string; online: boolean; joinedAt: number }][] = [
    ['pidB', { nickname: 'Bram', online: true, joinedAt: 20 }],
    ['pidA', { nickname: 'Anna', online: false, joinedAt: 10 }],
  ];
  const answers: [string, { round: number; value: unknown; at: number }][] = [
    ['doelgroep/pidA/1', { round: 1, value: ['a', 'c'], at: Date.UTC(2026, 10, 22, 9, 1) }],
    ['overschat/pidB/1', { round: 1, value: 'a', at: Date.UTC(2026, 10, 22, 9, 0) }],
    ['overschat/pidA/1', { round: 1, value: 'b', at: Date.UTC(2026, 10, 22, 9, 0, 5) }],
    ['overschat/pidA/2', { round: 2, value: 'c', at: Date.UTC(2026, 10, 22, 9, 3) }],
    ['weg-uit-deck/pidA/1', { round: 1, value: 'a', at: 0 }],
  ];
  const data = buildResultsExport({ room: 'ABC234', deck: FIXTURE_DECK, exercises, answers, people, exportedAt: 0 });

  test('gives pseudonyms in joining order, never names, and one row per answer and round', () => {
    expect(JSON.stringify(data)).not.toMatch(/Anna|Bram|pidA|pidB/);
    expect(data.rows.map((r) => [r.exercise, r.round, r.participant, r.answer, r.correct])).toEqual([
      ['overschat', 1, 'deelnemer-001', 'b', true],
      ['overschat', 1, 'deelnemer-002', 'a', false],
      ['overschat', 2, 'deelnemer-001', 'c', false],
      ['doelgroep', 1, 'deelnemer-001', 'a+c', true],
    ]);
    expect(data.rows[0].answeredAt).toBe('2026-11-22T09:00:05.000Z');
  });

  test('adds the totals per exercise and round, computed by the kind\'s own tally', () => {
    expect(data.totals).toEqual([
      { exercise: 'overschat', kind: 'choice', round: 1, answers: 2, tally: { total: 2, counts: { a: 1, b: 1, c: 0 }, right: 1 } },
      { exercise: 'overschat', kind: 'choice', round: 2, answers: 1, tally: { total: 1, counts: { a: 0, b: 0, c: 1 }, right: 0 } },
      { exercise: 'doelgroep', kind: 'choice', round: 1, answers: 1, tally: { total: 1, counts: { a: 1, b: 0, c: 1 }, right: 1 } },
    ]);
  });

  test('writes CSV with a header, answer rows and total rows', () => {
    const lines = resultsToCsv(data).trimEnd().split('\r\n');
    expect(lines[0]).toBe('\uFEFFtype,participant,exercise,kind,round,answer,correct,count,answered_at,state');
    expect(lines[1]).toBe('answer,deelnemer-001,overschat,choice,1,b,true,,2026-11-22T09:00:05.000Z,');
    expect(lines).toContain('total,,overschat,choice,1,a,,1,,');
    expect(lines).toContain('total,,doelgroep,choice,1,(respondents),,1,,');
  });

  test('starts the CSV with a UTF-8 byte-order mark, so Excel reads "één" as UTF-8', () => {
    const bytes = Buffer.from(resultsToCsv(data), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    const tricky = buildResultsExport({
      room: 'ABC234',
      deck: FIXTURE_DECK,
      exercises: { x: { kind: 'choice', id: 'x', tags: [], mode: 'single', question: '', options: [{ id: 'a', text: '' }], correct: ['a'], explanation: '' } as never },
      answers: [['x/p/1', { round: 1, value: '=HYPERLINK("x"), ja', at: 0 }]],
      people: [],
      exportedAt: 0,
    });
    expect(resultsToCsv(tricky)).toContain(',"\'=HYPERLINK(""x""), ja",');
  });

  test('leaves the text of an unshared transfer task out, even when handed the whole answer, and keeps a shared one', () => {
    const transfer = fixtureManifest().decks.opdracht.exercises;
    const exported = buildResultsExport({
      room: 'ABC234',
      deck: 'opdracht',
      exercises: transfer,
      answers: [
        ['transfer/pidA/1', { round: 1, value: { text: 'Geheim: gesprek met Jan', share: false }, at: 0 }],
        ['transfer/pidB/1', { round: 1, value: { text: 'Elke vrijdag even bijpraten', share: true }, at: 0 }],
      ],
      people,
      exportedAt: 0,
    });
    expect(JSON.stringify(exported)).not.toContain('Geheim');
    expect(resultsToCsv(exported)).not.toContain('Geheim');
    expect(exported.rows.map((row) => row.answer)).toEqual(['{"share":false}', '{"text":"Elke vrijdag even bijpraten","share":true}']);
    expect(exported.totals[0].tally).toEqual({ written: 2, shared: 1, shown: [] });
  });
});

describe('results download from a real server', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.close();
  });

  test('gives the trainer this room\'s answers and no other room\'s; a wrong secret gets nothing', async () => {
    const rooms = await Promise.all([connectTrainer(server.origin), connectTrainer(server.origin)]);
    const phones = await Promise.all(rooms.map((room) => connectParticipant(server.origin, room.code)));
    rooms.forEach((room) => room.arrive({ h: 2, v: 0 }, 'overschat'));
    await vi.waitFor(() => expect(phones.every((phone) => phone.current()?.state.status === 'open')).toBe(true));
    phones[0].answer('overschat', 'b');
    phones[1].answer('overschat', 'c');
    await vi.waitFor(() => expect(countsOf(rooms[0], 'overschat').b + countsOf(rooms[1], 'overschat').c).toBe(2));

    const json = JSON.parse(await (await fetchResults(server.origin, rooms[0].room, 'json', TRAINER_HEADERS)).text());
    expect(json).toMatchObject({ room: rooms[0].code, deck: FIXTURE_DECK });
    expect(json.rows.map((row: { answer: string }) => row.answer)).toEqual(['b']);
    const csv = await (await fetchResults(server.origin, rooms[1].room, 'csv', TRAINER_HEADERS)).text();
    expect(csv).toContain(',overschat,choice,1,c,false,,');
    expect(csv).not.toContain(',b,true,');

    await expect(fetchResults(server.origin, { code: rooms[0].code, secret: rooms[1].room.secret }, 'csv', TRAINER_HEADERS)).rejects.toThrow(ApiError);
    // Without the trainer credential nothing, even with the room's own secret.
    const anonymous = await fetch(`${server.origin}/api/rooms/${rooms[0].code}/results.csv`, {
      headers: { authorization: `Bearer ${rooms[0].room.secret}` },
    });
    expect(anonymous.status).toBe(401);
    for (const client of [...rooms, ...phones]) client.destroy();
  });

  test('gives the trainer the results as an Excel file with Dutch headers, one sheet named after the deck, and the CSV with a byte-order mark', async () => {
    const trainer = await connectTrainer(server.origin);
    const phones = await Promise.all([connectParticipant(server.origin, trainer.code), connectParticipant(server.origin, trainer.code)]);
    trainer.arrive({ h: 2, v: 0 }, 'overschat');
    await vi.waitFor(() => expect(phones.every((phone) => phone.current()?.state.status === 'open')).toBe(true));
    phones[0].answer('overschat', 'b');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat').b).toBe(1));
    phones[1].answer('overschat', 'a');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat').a).toBe(1));

    const xlsx = await fetchResults(server.origin, trainer.room, 'xlsx', TRAINER_HEADERS);
    expect(xlsx.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheets = await readXlsxFile(Buffer.from(await xlsx.arrayBuffer()));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Testdeck']);
    const [header, ...rows] = sheets[0].data;
    expect(header).toEqual(['Regel', 'Deelnemer', 'Oefening', 'Soort', 'Ronde', 'Antwoord', 'Goed', 'Aantal', 'Tijdstip (UTC)', 'Status']);
    expect(rows.filter((row) => row[0] === 'answer').map((row) => row.slice(0, 8))).toEqual([
      ['answer', 'deelnemer-001', 'overschat', 'choice', 1, 'b', true, null],
      ['answer', 'deelnemer-002', 'overschat', 'choice', 1, 'a', false, null],
    ]);
    expect(rows).toContainEqual(['total', null, 'overschat', 'choice', 1, '(respondents)', null, 2, null, null]);

    const csv = new Uint8Array(await (await fetchResults(server.origin, trainer.room, 'csv', TRAINER_HEADERS)).arrayBuffer());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    for (const client of [trainer, ...phones]) client.destroy();
  });

  test('refuses the Excel file as it refuses the CSV: a wrong secret, no secret, no trainer credential', async () => {
    const rooms = await Promise.all([connectTrainer(server.origin), connectTrainer(server.origin)]);
    const statuses = async (format: 'csv' | 'xlsx') => {
      const url = `${server.origin}/api/rooms/${rooms[0].code}/results.${format}`;
      const attempts = [
        { ...TRAINER_HEADERS, authorization: `Bearer ${rooms[1].room.secret}` },
        { ...TRAINER_HEADERS },
        { authorization: `Bearer ${rooms[0].room.secret}` },
      ];
      return Promise.all(attempts.map(async (headers) => (await fetch(url, { headers })).status));
    };
    expect(await statuses('csv')).toEqual([404, 404, 401]);
    expect(await statuses('xlsx')).toEqual([404, 404, 401]);
    for (const client of rooms) client.destroy();
  });
});

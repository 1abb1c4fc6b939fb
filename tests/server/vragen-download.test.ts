/**
 * Questions from the hall in the trainer's download, end to end: a real server on port 0, a
 * trainer and three phones as real Yjs clients, a moderated `vragen` exercise of the fixture deck.
 * One phone asks three questions, another one (signed with a name), the third only votes; the
 * trainer approves two and marks one as being answered. The results come through the route the
 * start page uses (`fetchResults`: the trainer credential and the room secret as bearer token).
 *
 * Before vragen2 (decision 0094) this fails at every step: the export wrote one row per answer
 * (the phone's whole answer as JSON, with its local ids and the public ids it voted for, so who
 * voted for what), had no `state` column, knew nothing of approvals or marks, and its JSON totals
 * held the kind's tally, which names every question's sender by pid.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { VragenPublicParts, VragenTally } from '../../src/kinds/vragen/model.ts';
import { publicQuestionId, questionContentHash, type AskedQuestion, type VragenAnswer } from '../../src/kinds/vragen/rules.ts';
import type { ParticipantSession } from '../../src/sync/participant-session.ts';
import { fetchResults } from '../../src/sync/trainer-api.ts';
import type { ExportRow, ResultsExport } from '../../server/results-export.ts';
import { connectParticipant, connectTrainer, startTestServer, TRAINER_HEADERS, type TestServer } from '../support/test-server.ts';

const ID = 'congres';
const LATER = { timeout: 10_000 };
const value = (questions: AskedQuestion[], votes: string[] = []): VragenAnswer => ({ questions, votes });

// Anneke asks three, Bram one with his name under it, Cor none.
const costs: AskedQuestion = { id: 'kost1', text: 'Wat kost de training?' };
const who: AskedQuestion = { id: 'wie22', text: 'Wie geeft de training?' };
const howLong: AskedQuestion = { id: 'duur3', text: 'Hoe lang duurt het?' };
const temps: AskedQuestion = { id: 'uitz4', text: 'Werkt het ook bij uitzendkrachten?', name: 'Brammetje' };

let server: TestServer;
beforeEach(async () => {
  // Phones get the public tally within 50 ms, so the test can wait for what the server holds.
  server = await startTestServer({ limits: { publicTallyMs: 50 } });
});
afterEach(async () => {
  await server.close();
});

test('the results download has a row per question with its votes and state, waiting ones included, and no pid, voter or name', async () => {
  const trainer = await connectTrainer(server.origin, { deck: 'vragen' });
  // One after the other: the pseudonyms follow the joining order.
  const phones: ParticipantSession[] = [];
  for (const nickname of ['Anneke', 'Bram', 'Cor']) {
    const phone = await connectParticipant(server.origin, trainer.code);
    phone.setNickname(nickname);
    phones.push(phone);
  }
  const [anneke, bram, cor] = phones;
  await vi.waitFor(() => expect([...trainer.people.values()].map((p) => p.nickname).sort()).toEqual(['Anneke', 'Bram', 'Cor']), LATER);

  trainer.arrive({ h: 3, v: 0 }, ID);
  await vi.waitFor(() => expect(phones.every((phone) => phone.current()?.id === ID && phone.current()?.state.status === 'open')).toBe(true), LATER);
  anneke.answer(ID, value([costs, who, howLong]));
  bram.answer(ID, value([temps]));
  const tally = () => trainer.tallyOf(ID) as VragenTally;
  await vi.waitFor(() => expect(tally().waiting).toBe(4), LATER);

  // The trainer approves two; "who" and "how long" stay waiting.
  trainer.moderate(ID, { type: 'show', pid: anneke.pid, hash: questionContentHash(costs) });
  trainer.moderate(ID, { type: 'show', pid: bram.pid, hash: questionContentHash(temps) });
  const [costsId, whoId, tempsId] = [costs, who, temps].map((q) => publicQuestionId(q.id));
  // Bram and Cor vote for "costs", Cor for Bram's too and for a waiting one (which does not count).
  bram.answer(ID, value([temps], [costsId]));
  cor.answer(ID, value([], [costsId, tempsId, whoId]));
  await vi.waitFor(() => expect(tally().questions.map((q) => [q.text, q.votes])).toEqual([['Wat kost de training?', 2], ['Werkt het ook bij uitzendkrachten?', 1]]), LATER);
  trainer.move(ID, { type: 'answering', id: tempsId });

  // What the server publishes is derived from its own copy of the stage: once a phone sees the
  // counts and the mark, the server holds the approvals and the mark the download reads.
  const live = () => (cor.current()?.live ?? {}) as Partial<VragenPublicParts>;
  await vi.waitFor(() => {
    expect(live().votes).toEqual({ [costsId]: 2, [tempsId]: 1 });
    expect(live().questions?.find((q) => q.id === tempsId)?.state).toBe('answering');
  }, LATER);

  const csv = await (await fetchResults(server.origin, trainer.room, 'csv', TRAINER_HEADERS)).text();
  const json = JSON.parse(await (await fetchResults(server.origin, trainer.room, 'json', TRAINER_HEADERS)).text()) as ResultsExport;

  // JSON: one row per question (three for Anneke), none for Cor, who only voted.
  const rows = json.rows.filter((row) => row.exercise === ID);
  const byText = (row: ExportRow) => [row.answer, row.count, row.state, row.round, row.correct];
  expect(rows.map(byText).sort()).toEqual(
    [
      ['Hoe lang duurt het?', 0, 'waiting', 1, null],
      ['Wat kost de training?', 2, 'open', 1, null],
      ['Werkt het ook bij uitzendkrachten?', 1, 'answering', 1, null],
      ['Wie geeft de training?', 0, 'waiting', 1, null],
    ].sort(),
  );
  const seatOf = (text: string) => rows.find((row) => row.answer === text)?.participant;
  expect(new Set([costs, who, howLong].map((q) => seatOf(q.text))).size).toBe(1);
  expect(seatOf(temps.text)).not.toBe(seatOf(costs.text));
  expect(new Set(rows.map((row) => row.participant)).size).toBe(2);
  for (const row of rows) expect(row.participant).toMatch(/^deelnemer-00[123]$/);
  expect(json.totals.filter((total) => total.exercise === ID)).toEqual([{ exercise: ID, kind: 'vragen', round: 1, answers: 3, tally: { asked: 4, approved: 2, votes: 3 } }]);

  // CSV: the same rows, the votes under `count`, the state in the last column.
  // (Blob.text() drops the byte-order mark the file starts with.)
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('type,participant,exercise,kind,round,answer,correct,count,answered_at,state');
  const questionLines = lines.filter((line) => line.startsWith('answer,')).map((line) => line.split(','));
  expect(questionLines.map((cells) => [cells[2], cells[5], cells[7], cells[9]]).sort()).toEqual(
    [
      [ID, 'Hoe lang duurt het?', '0', 'waiting'],
      [ID, 'Wat kost de training?', '2', 'open'],
      [ID, 'Werkt het ook bij uitzendkrachten?', '1', 'answering'],
      [ID, 'Wie geeft de training?', '0', 'waiting'],
    ].sort(),
  );
  for (const cells of questionLines) expect(cells[8]).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(lines).toContain(`total,,${ID},vragen,1,(respondents),,3,,`);

  // Nothing that tells who asked or who voted: no pid, no local id, no question's public id
  // (a vote names one), no nickname, no name typed under a question.
  for (const text of [csv, JSON.stringify(json)]) {
    for (const phone of phones) expect(text).not.toContain(phone.pid);
    for (const question of [costs, who, howLong, temps]) {
      expect(text).not.toContain(question.id);
      expect(text).not.toContain(publicQuestionId(question.id));
    }
    expect(text).not.toMatch(/Anneke|Bram|Cor\b/);
  }
  for (const client of [trainer, ...phones]) client.destroy();
});

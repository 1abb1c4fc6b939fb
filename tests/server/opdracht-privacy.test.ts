/**
 * A transfer task is private by default: the text of a task its writer did not share reaches
 * nobody but that writer. Not the trainer's results (what the deck, a projector on another device
 * and the moderation window read), not the public stage, not another phone, not the download.
 */
import readXlsxFile from 'read-excel-file/node';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { OpdrachtDefinition, OpdrachtTally } from '../../src/kinds/opdracht/model.ts';
import { moderatedTextReader } from '../../src/client/moderate/moderated-kinds.ts';
import { createLiveRoom, type LiveRoom } from '../../src/sync/live-room.ts';
import { joinRoom } from '../../src/sync/room-api.ts';
import { fetchResults } from '../../src/sync/trainer-api.ts';
import { resultKey } from '../../src/shared/room-schema.ts';
import { fixtureManifest } from '../support/fixture-manifest.ts';
import { joinAsSpy, type PhoneSpy } from '../support/phone-spy.ts';
import { connectParticipant, connectTrainer, startTestServer, tempDir, TRAINER_HEADERS, TrainerWebSocket, type TestServer } from '../support/test-server.ts';

const ID = 'transfer';
const DEFINITIONS = fixtureManifest().decks.opdracht.exercises;
const SHARED = 'Ik vraag elke vrijdag hoe de week ging';
const UNSHARED = ['Ik oefen het gesprek met Jan over zijn ziekte', 'Ik stop met overnemen als het druk is'];

describe('an unshared transfer task', () => {
  let server: TestServer;
  let trainer: Awaited<ReturnType<typeof connectTrainer>>;
  let viewer: LiveRoom;
  let phones: PhoneSpy[];

  const tally = () => trainer.tallyOf(ID) as OpdrachtTally;

  beforeEach(async () => {
    server = await startTestServer();
    trainer = await connectTrainer(server.origin, { deck: 'opdracht' });
    viewer = createLiveRoom({ origin: server.origin, room: trainer.room, asViewer: true, definitions: DEFINITIONS, WebSocketPolyfill: TrainerWebSocket });
    await viewer.ready;
    phones = [];
    for (let i = 0; i < 3; i++) phones.push(await joinAsSpy(server.origin, trainer.code));
    trainer.arrive({ h: 1, v: 0 }, ID);
    for (const phone of phones) await vi.waitFor(() => expect(phone.session.current()?.state.status).toBe('open'));
    phones[0].session.answer(ID, { text: SHARED, share: true });
    phones[1].session.answer(ID, { text: UNSHARED[0], share: false });
    phones[2].session.answer(ID, { text: UNSHARED[1], share: false });
    await vi.waitFor(() => expect(tally()).toEqual({ written: 3, shared: 1, shown: [] }));
    // The trainer shows everything it can, and reveals to the phones.
    trainer.moderate(ID, { type: 'show-all' });
    trainer.control(ID, 'reveal');
    for (const phone of phones) await vi.waitFor(() => expect(phone.session.current()?.state.status).toBe('revealed'));
    await vi.waitFor(() => expect(viewer.tallyOf(ID)).toEqual({ written: 3, shared: 1, shown: [SHARED] }));
  });

  afterEach(async () => {
    for (const phone of phones) phone.session.destroy();
    viewer.destroy();
    trainer.destroy();
    await server.close();
  });

  test('never reaches the trainer\'s results, the moderation window\'s reader or a projector; the shared one does', () => {
    const read = moderatedTextReader(DEFINITIONS[ID] as OpdrachtDefinition)!;
    for (const room of [trainer, viewer]) {
      const everything = JSON.stringify([room.answers.toJSON(), room.exercises.toJSON(), room.stage.toJSON(), room.moderation.toJSON()]);
      for (const text of UNSHARED) expect(everything).not.toContain(text);
      expect(room.answersFor(ID, 1).map((entry) => read(entry.value))).toEqual([SHARED, null, null]);
    }
    expect(tally()).toEqual({ written: 3, shared: 1, shown: [SHARED] });
  });

  test('never reaches another phone, in the bytes it receives or the documents it holds; its writer keeps it', () => {
    for (const [i, phone] of phones.entries()) {
      for (const [n, text] of UNSHARED.entries()) {
        const isWriter = i === n + 1;
        expect(phone.received().includes(text), `phone ${i} received "${text}"`).toBe(false);
        expect(phone.held().includes(text), `phone ${i} holds "${text}"`).toBe(isWriter);
      }
      expect(phone.session.current()?.state.reveal).toEqual({ written: 3, shared: 1 });
    }
    expect(phones[1].session.current()?.answer).toEqual({ text: UNSHARED[0], share: false });
    expect(phones.map((phone) => phone.session.current()?.own)).toEqual([{ shownText: SHARED }, undefined, undefined]);
  });

  test('never reaches the results download as JSON, CSV or Excel; the count and the shared text do', async () => {
    const json = await (await fetchResults(server.origin, trainer.room, 'json', TRAINER_HEADERS)).text();
    const csv = await (await fetchResults(server.origin, trainer.room, 'csv', TRAINER_HEADERS)).text();
    const xlsx = await fetchResults(server.origin, trainer.room, 'xlsx', TRAINER_HEADERS);
    const cells = JSON.stringify(await readXlsxFile(Buffer.from(await xlsx.arrayBuffer())));
    for (const download of [json, csv, cells]) {
      for (const text of UNSHARED) expect(download).not.toContain(text);
      expect(download).toContain(SHARED);
    }
    const rows = (JSON.parse(json) as { rows: { answer: string }[] }).rows.map((row) => row.answer);
    expect(rows.filter((answer) => answer === '{"share":false}')).toHaveLength(2);
  });
});

describe('an unshared transfer task across a restart', () => {
  test('stays on its writer\'s phone and in the results only as written, recorded once, not again at every load', async () => {
    const dataDir = tempDir();
    const first = await startTestServer({ dataDir });
    const trainer = await connectTrainer(first.origin, { deck: 'opdracht' });
    const seat = await joinRoom(first.origin, trainer.code);
    const phone = await connectParticipant(first.origin, trainer.code, seat);
    trainer.arrive({ h: 1, v: 0 }, ID);
    await vi.waitFor(() => expect(phone.current()?.state.status).toBe('open'));
    phone.answer(ID, { text: UNSHARED[0], share: false });
    await vi.waitFor(() => expect(trainer.answersFor(ID, 1)).toEqual([{ pid: seat.pid, value: { share: false } }]));
    const recorded = trainer.answers.get(resultKey(ID, seat.pid, 1));
    phone.destroy();
    trainer.destroy();
    await first.close();

    const second = await startTestServer({ dataDir });
    try {
      const back = await connectParticipant(second.origin, trainer.code, seat);
      expect(back.current()?.answer).toEqual({ text: UNSHARED[0], share: false });
      const again = await connectTrainer(second.origin, trainer.room);
      expect(again.answers.get(resultKey(ID, seat.pid, 1))).toEqual(recorded);
      expect(JSON.stringify(again.answers.toJSON())).not.toContain(UNSHARED[0]);
      back.destroy();
      again.destroy();
    } finally {
      await second.close();
    }
  });
});

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { createLeveldbStore } from '../../server/store/leveldb-store.ts';
import { inboxDocName, participantDocName, publicStageDocName, resultsDocName, stageDocName } from '../../src/shared/doc-names.ts';
import { joinRoom } from '../../src/sync/room-api.ts';
import { startHostileRoom, type HostileRoom } from '../support/hostile-room.ts';
import { answerUpdate, expectClosedWith, openRawSocket, updateFrom } from '../support/raw-socket.ts';
import { countsOf, TRAINER_HEADERS } from '../support/test-server.ts';

describe('hostile clients', () => {
  let room: HostileRoom;

  /** The attack left no trace: stage and results as before, and the honest phone still answers. */
  async function expectNoHarm() {
    const { trainer, honest } = room;
    expect(trainer.stage.get('current')).toBe('overschat');
    expect(honest.stage.get('current')).toBe('overschat');
    expect(trainer.exercises.get('overschat')?.status).toBe('open');
    expect(countsOf(trainer, 'overschat')).toEqual({ a: 0, b: 0, c: 0 });
    honest.answer('overschat', 'b');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 0, b: 1, c: 0 }));
    expect([...trainer.answers.keys()]).toEqual([`overschat/${honest.pid}/1`]);
  }

  beforeEach(async () => {
    // Refusals are logged as a summary per period: a short one here, so a test can read it.
    room = await startHostileRoom({ limits: { messageBurst: 40, messagesPerSecond: 10, refusalSummaryMs: 200 } });
    room.trainer.arrive({ h: 2, v: 0 }, 'overschat');
    await vi.waitFor(() => expect(room.honest.current()?.state.status).toBe('open'));
  });

  afterEach(() => room.close());

  test('refuses a participant on the stage, and rejects its update to the public stage', async () => {
    const { trainer, asAttacker } = room;
    await expect(asAttacker(stageDocName(trainer.code))).rejects.toThrow('HTTP 401');
    const socket = await asAttacker(publicStageDocName(trainer.code));
    socket.sendUpdate(updateFrom((doc) => doc.getMap('stage').set('current', 'banen')));
    await expectClosedWith(socket, 'forbidden');
    await expectNoHarm();
  });

  test('rejects stage content smuggled in a sync reply', async () => {
    const { trainer, asAttacker } = room;
    const socket = await asAttacker(publicStageDocName(trainer.code));
    socket.sendSyncStep2(updateFrom((doc) => doc.getMap('exercises').set('overschat', { status: 'revealed', round: 1 })));
    await expectClosedWith(socket, 'forbidden');
    await expectNoHarm();
  });

  test('rejects a viewer that writes the stage or the results', async () => {
    const { server, trainer } = room;
    const asViewer = (docName: string) =>
      openRawSocket(server.origin, docName, { role: 'viewer', token: trainer.room.viewerToken }, TRAINER_HEADERS);
    const stage = await asViewer(stageDocName(trainer.code));
    stage.sendUpdate(updateFrom((doc) => doc.getMap('stage').set('current', null)));
    await expectClosedWith(stage, 'forbidden');
    const results = await asViewer(resultsDocName(trainer.code));
    results.sendUpdate(updateFrom((doc) => doc.getMap('answers').set('overschat/x', { round: 1, value: 'a', at: 0 })));
    await expectClosedWith(results, 'forbidden');
    await expectNoHarm();
  });

  test('refuses before the upgrade: stage and results for a participant, another participant\'s documents, bad credentials', async () => {
    const { server, trainer, attacker, asAttacker } = room;
    await expect(asAttacker(stageDocName(trainer.code))).rejects.toThrow('HTTP 401');
    await expect(asAttacker(resultsDocName(trainer.code))).rejects.toThrow('HTTP 401');
    const other = await joinRoom(server.origin, trainer.code);
    await expect(asAttacker(participantDocName(trainer.code, other.pid))).rejects.toThrow('HTTP 401');
    await expect(asAttacker(inboxDocName(trainer.code, other.pid))).rejects.toThrow('HTTP 401');
    const asViewer = { role: 'viewer', token: trainer.room.viewerToken };
    await expect(openRawSocket(server.origin, inboxDocName(trainer.code, other.pid), asViewer)).rejects.toThrow('HTTP 401');
    const stage = stageDocName(trainer.code);
    await expect(openRawSocket(server.origin, stage, { role: 'trainer', secret: 'guess' }, TRAINER_HEADERS)).rejects.toThrow('HTTP 401');
    await expect(openRawSocket(server.origin, stage, {})).rejects.toThrow('HTTP 401');
    await expect(openRawSocket(server.origin, stage, { role: 'participant', pid: attacker.pid, token: 'x' })).rejects.toThrow('HTTP 401');
    await expect(openRawSocket(server.origin, 'room/ZZZZZZ/stage', { role: 'participant', pid: attacker.pid, token: attacker.token })).rejects.toThrow('HTTP 401');
    await expectNoHarm();
  });

  test('rejects a write outside the participant\'s answers and profile', async () => {
    const { asAttacker, ownDoc } = room;
    const socket = await asAttacker(ownDoc());
    socket.sendUpdate(updateFrom((doc) => doc.getMap('results').set('overschat/x', 'b')));
    await expectClosedWith(socket, 'forbidden');
    await expectNoHarm();
  });

  test('rejects an answer to an unknown exercise', async () => {
    const { asAttacker, ownDoc } = room;
    const socket = await asAttacker(ownDoc());
    socket.sendUpdate(answerUpdate('bestaat-niet', 'a'));
    await expectClosedWith(socket, 'invalidAnswer');
    await expectNoHarm();
  });

  test('rejects an option that does not exist and answers of the wrong shape', async () => {
    const { asAttacker, ownDoc } = room;
    for (const bad of [
      answerUpdate('overschat', 'd'),
      answerUpdate('overschat', ['a', 'b']),
      updateFrom((doc) => doc.getMap('answers').set('overschat', 'a')),
      updateFrom((doc) => doc.getMap('answers').set('overschat', { round: 1, value: 'a', extra: true })),
      updateFrom((doc) => doc.getMap('answers').set('overschat', new Y.Map())),
      updateFrom((doc) => doc.getMap('profile').set('nickname', 'x'.repeat(31))),
    ]) {
      const socket = await asAttacker(ownDoc());
      socket.sendUpdate(bad);
      await expectClosedWith(socket, 'invalidAnswer');
    }
    await expectNoHarm();
  });

  test('rejects multi-select answers that are empty, unsorted, repeated or name an unknown option', async () => {
    const { trainer, honest, asAttacker, ownDoc } = room;
    trainer.arrive({ h: 4, v: 0 }, 'doelgroep');
    await vi.waitFor(() => expect(honest.current()?.id).toBe('doelgroep'));
    for (const bad of [[], ['c', 'a'], ['a', 'a'], ['a', 'd'], 'a']) {
      const socket = await asAttacker(ownDoc());
      socket.sendUpdate(answerUpdate('doelgroep', bad));
      await expectClosedWith(socket, 'invalidAnswer');
    }
    const honestAttempt = await asAttacker(ownDoc());
    honestAttempt.sendUpdate(answerUpdate('doelgroep', ['a', 'c']));
    await vi.waitFor(() => expect(trainer.answersFor('doelgroep', 1).map((entry) => entry.value)).toEqual([['a', 'c']]));
    honestAttempt.ws.close();
  });

  test('rejects a scale answer outside the range or not a whole number', async () => {
    const { trainer, honest, asAttacker, ownDoc } = room;
    trainer.arrive({ h: 6, v: 0 }, 'zelfvertrouwen');
    await vi.waitFor(() => expect(honest.current()?.id).toBe('zelfvertrouwen'));
    for (const bad of [11, -1, 7.5, '7']) {
      const socket = await asAttacker(ownDoc());
      socket.sendUpdate(answerUpdate('zelfvertrouwen', bad));
      await expectClosedWith(socket, 'invalidAnswer');
    }
    honest.answer('zelfvertrouwen', 7);
    await vi.waitFor(() => expect(trainer.answersFor('zelfvertrouwen', 1).map((entry) => entry.value)).toEqual([7]));
  });

  test('rejects an answer to a locked exercise and to an old round', async () => {
    const { trainer, honest, asAttacker, ownDoc } = room;
    trainer.control('overschat', 'lock');
    const locked = await asAttacker(ownDoc());
    await vi.waitFor(() => expect(honest.current()?.state.status).toBe('locked'));
    locked.sendUpdate(answerUpdate('overschat', 'a'));
    await expectClosedWith(locked, 'notOpen');
    trainer.control('overschat', 'reset');
    await vi.waitFor(() => expect(honest.current()?.state.round).toBe(2));
    const stale = await asAttacker(ownDoc());
    stale.sendUpdate(answerUpdate('overschat', 'a', 1));
    await expectClosedWith(stale, 'notOpen');
    expect(countsOf(trainer, 'overschat')).toEqual({ a: 0, b: 0, c: 0 });
    honest.answer('overschat', 'c');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 0, b: 0, c: 1 }));
  });

  test('rejects garbage bytes, text frames and updates with missing dependencies', async () => {
    const { trainer, asAttacker, ownDoc } = room;
    const garbage = await asAttacker(publicStageDocName(trainer.code));
    garbage.send(new Uint8Array([0, 2, 200, 1, 7, 7, 7]));
    await expectClosedWith(garbage, 'malformed');
    const text = await asAttacker(ownDoc());
    text.send('hallo');
    await expectClosedWith(text, 'malformed');

    const doc = new Y.Doc();
    doc.getMap('answers').set('overschat', { round: 1, value: 'a' });
    const before = Y.encodeStateVector(doc);
    doc.getMap('answers').set('overschat', { round: 1, value: 'c' });
    const orphan = await asAttacker(ownDoc());
    orphan.sendUpdate(Y.encodeStateAsUpdate(doc, before));
    await expectClosedWith(orphan, 'malformed');
    await expectNoHarm();
  });

  test('logs what a rejected client named quoted on one line, so a phone cannot write log lines of its own', async () => {
    const { server, asAttacker, ownDoc } = room;
    // Found by the fuzz suite: a key with a line break or a terminal escape went into the log as is.
    const forged = 'x\n[09:00:00] CANNOT STORE changes\u001b[2J';
    const unknown = await asAttacker(ownDoc());
    unknown.sendUpdate(answerUpdate(forged, 'a'));
    await expectClosedWith(unknown, 'invalidAnswer');
    const profile = await asAttacker(ownDoc());
    profile.sendUpdate(updateFrom((doc) => doc.getMap('profile').set(`naam\r\n${'y'.repeat(100)}`, 'x')));
    await expectClosedWith(profile, 'forbidden');
    // Refusals are summed up per period, with the first one's detail of each reason as an example.
    const summaries = () => server.logs.filter((line) => line.startsWith('refused in the last')).join('\n');
    await vi.waitFor(() => expect(summaries()).toMatch(/invalidAnswer.*forbidden|forbidden.*invalidAnswer/s));
    const summary = summaries();
    expect(summary).toContain(String.raw`4422 invalidAnswer ×1 (e.g. unknown exercise "x\n[09:00:00] CANNOT STORE changes\u001b[2J")`);
    expect(summary).toMatch(/4403 forbidden ×1 \(e\.g\. profile field "naam\\r\\ny{50,}…"\)/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    expect(server.logs.filter((line) => /[\u0000-\u001f\u007f-\u009f]/.test(line))).toEqual([]);
    await expectNoHarm();
  });

  test('rejects a message over the size limit', async () => {
    const { asAttacker, ownDoc } = room;
    const socket = await asAttacker(ownDoc());
    socket.send(new Uint8Array(20 * 1024));
    await expectClosedWith(socket, 'tooLarge');
    await expectNoHarm();
  });

  test('rejects a flood of messages', async () => {
    const { trainer, asAttacker } = room;
    const socket = await asAttacker(publicStageDocName(trainer.code));
    const awareness = new Uint8Array([1, 1, 0]);
    for (let i = 0; i < 200; i++) socket.send(awareness);
    await expectClosedWith(socket, 'flood');
    await expectNoHarm();
  });

  test('keeps every rejected write out of the store', async () => {
    const { server, trainer, asAttacker, ownDoc } = room;
    const stage = await asAttacker(publicStageDocName(trainer.code));
    stage.sendUpdate(updateFrom((doc) => doc.getMap('stage').set('current', 'banen')));
    await expectClosedWith(stage, 'forbidden');
    const own = await asAttacker(ownDoc());
    own.sendUpdate(answerUpdate('overschat', 'd'));
    await expectClosedWith(own, 'invalidAnswer');
    await expectNoHarm();
    const code = trainer.code;
    await room.close();

    const store = await createLeveldbStore(server.dataDir);
    const load = async (name: string) => {
      const doc = new Y.Doc();
      const update = await store.loadDoc(name);
      if (update) Y.applyUpdate(doc, update);
      return doc;
    };
    expect((await load(stageDocName(code))).getMap('stage').get('current')).toBe('overschat');
    expect((await load(publicStageDocName(code))).getMap('stage').get('current')).toBe('overschat');
    expect((await load(ownDoc())).getMap('answers').size).toBe(0);
    const results = (await load(resultsDocName(code))).getMap('answers');
    expect([...results.values()].map((a) => (a as { value: string }).value)).toEqual(['b']);
    await store.close();
  });
});

/** A seat that keeps sending what the server refuses is suspended for a while; nobody else is. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { publicStageDocName, resultsDocName, stageDocName } from '../../src/shared/doc-names.ts';
import { startHostileRoom, type HostileRoom } from '../support/hostile-room.ts';
import { expectClosedWith, openRawSocket, updateFrom } from '../support/raw-socket.ts';
import { connectParticipant, connectTrainer, countsOf, TRAINER_HEADERS } from '../support/test-server.ts';

/** Three refusals are allowed, the fourth suspends; short enough to see the suspension end. */
const LIMITS = { seatRefusalLimit: 3, seatSuspensionMs: 1500 };
const forbiddenStageWrite = updateFrom((doc) => doc.getMap('stage').set('current', 'banen'));

describe('a seat that keeps sending refused frames', () => {
  let room: HostileRoom;
  beforeEach(async () => {
    room = await startHostileRoom({ limits: LIMITS });
    room.trainer.arrive({ h: 2, v: 0 }, 'overschat');
    await vi.waitFor(() => expect(room.honest.current()?.state.status).toBe('open'));
  });
  afterEach(() => room.close());

  /** Opens a socket as the attacker, sends a forbidden write and waits for the refusal. */
  async function refuseOnce() {
    const socket = await room.asAttacker(publicStageDocName(room.trainer.code));
    socket.sendUpdate(forbiddenStageWrite);
    await expectClosedWith(socket, 'forbidden');
  }

  test('is refused at the upgrade with 429 once over the limit, while another phone on the same address joins and answers', async () => {
    const { server, trainer, honest, asAttacker, ownDoc } = room;
    for (let i = 0; i < LIMITS.seatRefusalLimit; i++) await refuseOnce();
    // Up to the limit the seat still connects, reconnecting each time.
    (await asAttacker(ownDoc())).ws.close();
    await refuseOnce();
    await expect(asAttacker(ownDoc())).rejects.toThrow('HTTP 429');
    await expect(asAttacker(publicStageDocName(trainer.code))).rejects.toThrow('HTTP 429');

    const neighbour = await connectParticipant(server.origin, trainer.code);
    neighbour.answer('overschat', 'a');
    honest.answer('overschat', 'b');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 1, b: 1, c: 0 }));
    neighbour.destroy();
  });

  test('gets back in once the suspension is over', async () => {
    for (let i = 0; i <= LIMITS.seatRefusalLimit; i++) await refuseOnce();
    await expect(room.asAttacker(room.ownDoc())).rejects.toThrow('HTTP 429');
    const back = await vi.waitFor(() => room.asAttacker(room.ownDoc()), { timeout: 10_000, interval: 100 });
    back.ws.close();
  });

  test('a viewer credential that keeps writing is suspended; the trainer is not', async () => {
    const { server, trainer } = room;
    const asViewer = (docName: string) => openRawSocket(server.origin, docName, { role: 'viewer', token: trainer.room.viewerToken }, TRAINER_HEADERS);
    for (let i = 0; i <= LIMITS.seatRefusalLimit; i++) {
      const socket = await asViewer(resultsDocName(trainer.code));
      socket.sendUpdate(updateFrom((doc) => doc.getMap('answers').set('overschat/x', { round: 1, value: 'a', at: 0 })));
      await expectClosedWith(socket, 'forbidden');
    }
    await expect(asViewer(stageDocName(trainer.code))).rejects.toThrow('HTTP 429');
    const trainerAgain = await connectTrainer(server.origin, trainer.room);
    expect(trainerAgain.stage.get('current')).toBe('overschat');
    trainerAgain.destroy();
  });
});

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ParticipantSession } from '../../src/sync/participant-session.ts';
import type { RoleplayProgress, RoleplayTally } from '../../src/kinds/roleplay/model.ts';
import { participantDocName } from '../../src/shared/doc-names.ts';
import { joinRoom, type ParticipantSeat } from '../../src/sync/room-api.ts';
import { answerUpdate, expectClosedWith, openAsParticipant } from '../support/raw-socket.ts';
import { connectParticipant, connectTrainer, startTestServer, type TestServer } from '../support/test-server.ts';

const ID = 'perk';

describe('hostile clients in a role-play', () => {
  let server: TestServer;
  let trainer: Awaited<ReturnType<typeof connectTrainer>>;
  let sessions: ParticipantSession[];
  /** In joining order: the leidinggevende, the medewerker, and the attacker (observer in a triad). */
  let seats: ParticipantSeat[];

  const round = () => trainer.exercises.get(ID)!.round;
  const progress = () => trainer.exercises.get(ID)!.progress as RoleplayProgress | undefined;
  const tally = () => trainer.tallyOf(ID) as RoleplayTally;

  /** Sends one answer as `seat` on a fresh socket and expects the server to close it with 4422. */
  async function expectRejected(seat: ParticipantSeat, value: unknown) {
    const socket = await openAsParticipant(server.origin, seat, participantDocName(trainer.code, seat.pid));
    socket.sendUpdate(answerUpdate(ID, value, round()));
    await expectClosedWith(socket, 'invalidAnswer');
  }

  beforeEach(async () => {
    server = await startTestServer();
    trainer = await connectTrainer(server.origin, { deck: 'rollenspel' });
    seats = [];
    sessions = [];
    for (let i = 0; i < 3; i++) {
      seats.push(await joinRoom(server.origin, trainer.code));
      sessions.push(await connectParticipant(server.origin, trainer.code, seats[i]));
    }
    await vi.waitFor(() => expect(trainer.online()).toEqual(seats.map((seat) => seat.pid)));
    trainer.arrive({ h: 2, v: 0 }, ID);
    for (const session of sessions) await vi.waitFor(() => expect(session.current()?.state.status).toBe('open'));
  });

  afterEach(async () => {
    for (const session of sessions) session.destroy();
    trainer.destroy();
    await server.close();
  });

  test('rejects votes for a choice that is not in the scene on screen, and answers of the wrong shape', async () => {
    const [, , attacker] = seats;
    for (const bad of ['samen/a', 'start/d', 'start', '', 42, null, ['start/a'], { choice: 'start/a' }, { checklist: [0] }, 'x'.repeat(300)]) {
      await expectRejected(attacker, bad);
    }
    trainer.move(ID, { type: 'kies', choice: 'start/b' });
    await vi.waitFor(() => expect(sessions[0].current()?.state.round).toBe(2));
    await expectRejected(attacker, 'start/b');
    expect(tally().total).toBe(0);

    sessions[0].answer(ID, 'samen/a');
    await vi.waitFor(() => expect(tally().counts['samen/a']).toBe(1));
    expect(trainer.answersFor(ID, 1)).toEqual([]);
  });

  test('rejects a checklist from a phone that is not the observer, and an observer checklist of the wrong shape', async () => {
    trainer.move(ID, { type: 'groepen', size: 3 });
    await vi.waitFor(() => expect(sessions[2].current()?.state.prompt).toMatchObject({ phase: 'groups' }));
    const [leader, employee, attacker] = seats;
    expect(progress()!.groups).toEqual({
      [leader.pid]: { group: 1, role: 'leidinggevende' },
      [employee.pid]: { group: 1, role: 'medewerker' },
      [attacker.pid]: { group: 1, role: 'observator' },
    });
    await expectRejected(leader, { checklist: [0, 1] });
    await expectRejected(employee, { checklist: [] });
    for (const bad of [{ checklist: [4] }, { checklist: [1, 0] }, { checklist: [0, 0] }, { checklist: [-1] }, { checklist: '0' }, { checklist: [0], note: 'x' }, 'start/a']) {
      await expectRejected(attacker, bad);
    }
    expect(tally().checklist.observers).toBe(0);

    sessions[2].answer(ID, { checklist: [0, 3] });
    await vi.waitFor(() => expect(tally().checklist).toEqual({ observers: 1, counts: [1, 0, 0, 1] }));
    trainer.move(ID, { type: 'nabespreken' });
    await vi.waitFor(() => expect(progress()?.checklist).toEqual({ observers: 1, counts: [1, 0, 0, 1] }));
  });
});

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PARTICIPANT } from '../../src/shared/room-schema.ts';
import { startHostileRoom, type HostileRoom } from '../support/hostile-room.ts';
import { expectClosedWith, updateFrom } from '../support/raw-socket.ts';
import { connectParticipant } from '../support/test-server.ts';

const nickname = (value: unknown) => updateFrom((doc) => doc.getMap(PARTICIPANT.profile).set('nickname', value));

describe('hostile nicknames', () => {
  let room: HostileRoom;

  const nicknameOf = (pid: string) => room.trainer.people.get(pid)?.nickname;

  beforeEach(async () => {
    room = await startHostileRoom();
  });

  afterEach(() => room.close());

  test('refuses a nickname with a bidi control, a zero-width character, a pile of combining marks or a line break', async () => {
    const { attacker, asAttacker, ownDoc } = room;
    const forged = [
      '\u202eEva',
      'Ev\u2067a',
      'E\u200fva',
      'An\u200bna',
      'An\u200dna',
      'Anna\ufeff',
      'Z\u0351\u0352\u0357\u035ba\u0316\u0317\u0318lgo',
      'Eva\nBert',
      ' Eva',
      42,
    ];
    for (const value of forged) {
      const socket = await asAttacker(ownDoc());
      socket.sendUpdate(nickname(value));
      await expectClosedWith(socket, 'invalidAnswer');
    }
    // Nothing of it reached the trainer; the seat can still choose an honest name.
    expect(nicknameOf(attacker.pid) ?? '').toBe('');
    const socket = await asAttacker(ownDoc());
    socket.sendUpdate(nickname('Eva 👩‍🔧'));
    await vi.waitFor(() => expect(nicknameOf(attacker.pid)).toBe('Eva 👩‍🔧'));
    socket.ws.close();
  });

  test('an honest phone sends what was typed cleaned, and stays connected', async () => {
    const { server, trainer } = room;
    const phone = await connectParticipant(server.origin, trainer.code);
    try {
      phone.setNickname('  \u202eEv\u200ba\u0351\u0352\u0357\u035b\n ');
      await vi.waitFor(() => expect(nicknameOf(phone.pid)).toBe('Eva\u0351\u0352'));
      expect(phone.isConnected).toBe(true);
    } finally {
      phone.destroy();
    }
  });
});

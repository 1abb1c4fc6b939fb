import { describe, expect, test } from 'vitest';
import {
  acknowledgedKeys,
  commandsToApply,
  isRemoteCommand,
  nextCommandId,
  type RemoteCommand,
} from '../../src/shared/remote/commands.ts';

const entry = (command: RemoteCommand): [string, unknown] => [String(command.id), command];

/** A deck that applies what the queue says and acknowledges it, as the deck page does. */
function deck() {
  const applied: number[] = [];
  let acknowledged = 0;
  return {
    applied,
    receive(entries: [string, unknown][]) {
      const { commands, last } = commandsToApply(entries, acknowledged);
      for (const command of commands) applied.push(command.id);
      acknowledged = last;
    },
    get acknowledged() {
      return acknowledged;
    },
  };
}

describe('the remote command queue', () => {
  test('applies each command once, in order of id, whatever order the entries arrive in', () => {
    const laptop = deck();
    laptop.receive([entry({ id: 3, command: 'prev' }), entry({ id: 1, command: 'next' }), entry({ id: 2, command: 'open', exercise: 'kies' })]);
    expect(laptop.applied).toEqual([1, 2, 3]);
    expect(laptop.acknowledged).toBe(3);
  });

  test('applies nothing twice when the same queue arrives again after a reconnect, and the new command once', () => {
    const laptop = deck();
    const queue = [entry({ id: 1, command: 'next' }), entry({ id: 2, command: 'lock', exercise: 'kies' })];
    laptop.receive(queue);
    laptop.receive(queue);
    laptop.receive([...queue, entry({ id: 3, command: 'reveal', exercise: 'kies' })]);
    expect(laptop.applied).toEqual([1, 2, 3]);
  });

  test('a deck that reloads with its acknowledgement kept applies only what came after it', () => {
    const { commands } = commandsToApply([entry({ id: 4, command: 'next' }), entry({ id: 5, command: 'next' })], 4);
    expect(commands.map((command) => command.id)).toEqual([5]);
  });

  test('skips an unknown command but acknowledges it, so the queue goes on', () => {
    const laptop = deck();
    laptop.receive([entry({ id: 1, command: 'next' }), ['2', { id: 2, command: 'dance' }], entry({ id: 3, command: 'prev' })]);
    expect(laptop.applied).toEqual([1, 3]);
    expect(laptop.acknowledged).toBe(3);
  });

  test('ignores keys that are no command id', () => {
    expect(commandsToApply([['x', { id: 1, command: 'next' }], ['01', { id: 1, command: 'next' }]], 0)).toEqual({ commands: [], last: 0 });
  });

  test('gives the remote an id above every queued and every acknowledged command, and names what it may drop', () => {
    expect(nextCommandId(['1', '2'], 0)).toBe(3);
    expect(nextCommandId([], 7)).toBe(8);
    expect(acknowledgedKeys(['5', '6', '7'], 6)).toEqual(['5', '6']);
  });
});

describe('isRemoteCommand', () => {
  test('accepts the slide, exercise and move commands', () => {
    expect(isRemoteCommand('1', { id: 1, command: 'next' })).toBe(true);
    expect(isRemoteCommand('2', { id: 2, command: 'reset', exercise: 'label-of-gedrag' })).toBe(true);
    expect(isRemoteCommand('3', { id: 3, command: 'move', exercise: 'perk', move: 'meerderheid' })).toBe(true);
  });

  test.each([
    ['an id that is not its key', '2', { id: 1, command: 'next' }],
    ['an unknown command', '1', { id: 1, command: 'delete-room' }],
    ['an exercise action without its exercise', '1', { id: 1, command: 'reveal' }],
    ['an extra field', '1', { id: 1, command: 'next', slide: 9 }],
    ['a move that is no button name', '1', { id: 1, command: 'move', exercise: 'perk', move: { type: 'groepen', size: 99 } }],
    ['a negative id', '-1', { id: -1, command: 'next' }],
    ['not an object', '1', 'next'],
  ])('refuses %s', (_, key, value) => {
    expect(isRemoteCommand(key, value)).toBe(false);
  });
});

test("the remote page's copy of the deleted-room close code is the server's", async () => {
  const { REMOTE_ROOM_GONE } = await import('../../src/shared/remote/schema.ts');
  const { CLOSE_CODE } = await import('../../src/shared/close-codes.ts');
  expect(REMOTE_ROOM_GONE).toBe(CLOSE_CODE.roomGone);
});

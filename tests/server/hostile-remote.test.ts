/**
 * The trainer's phone as remote (decision 0086), against a real server with real Yjs clients: a
 * remote reads its room's stage and writes only its own command queue; a participant, a forged or
 * revoked remote, or a remote of another room gets nothing; revoking closes its sockets at once; a
 * malformed command or a flood closes the remote and leaves the room working.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import WebSocket from 'ws';
import { resultsDocName, stageDocName } from '../../src/shared/doc-names.ts';
import { remoteDocName } from '../../src/shared/remote/schema.ts';
import { STAGE } from '../../src/shared/room-schema.ts';
import { REMOTE_REVOKED } from '../../src/shared/remote/schema.ts';
import { createRemote, revokeRemote, type RemoteLink } from '../../src/sync/remote-api.ts';
import { createRemoteSession, type RemoteSession } from '../../src/sync/remote-session.ts';
import { joinRoom } from '../../src/sync/room-api.ts';
import { expectClosedWith, openAsParticipant, openRawSocket, updateFrom, upgradeStatus } from '../support/raw-socket.ts';
import { connectParticipant, connectTrainer, countsOf, startTestServer, TRAINER_HEADERS, type TestServer } from '../support/test-server.ts';

/** Opens the remote's link as its phone would: the cookie the server sets. */
async function signIn(link: RemoteLink): Promise<string> {
  const response = await fetch(link.url, { redirect: 'manual' });
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe('/remote');
  return (response.headers.get('set-cookie') ?? '').split(';')[0];
}

/** The `ws` class with a cookie in every handshake, as the phone's browser sends it. */
const withCookie = (cookie: string) =>
  class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols ?? [], { headers: { cookie } });
    }
  };

describe('the remote', () => {
  let server: TestServer;
  const cleanups: (() => void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    await server?.close();
  });

  async function roomWithRemote() {
    server = await startTestServer();
    const trainer = await connectTrainer(server.origin);
    cleanups.push(() => trainer.destroy());
    const link = await createRemote(server.origin, trainer.room, TRAINER_HEADERS);
    const cookie = await signIn(link);
    return { trainer, link, cookie };
  }

  function remoteSession(code: string, link: RemoteLink, cookie: string): RemoteSession {
    const session = createRemoteSession({ origin: server.origin, code, id: link.id, WebSocketPolyfill: withCookie(cookie) });
    cleanups.push(() => session.destroy());
    return session;
  }

  test('drives the deck: each command is applied once, in order, and acknowledged; the deck sees the remote at once', async () => {
    const { trainer, link, cookie } = await roomWithRemote();
    await vi.waitFor(() => expect(trainer.remotes.has(link.id)).toBe(true));
    const applied: string[] = [];
    cleanups.push(trainer.followRemotes((command) => {
      applied.push(command.command);
      if ('exercise' in command && command.command !== 'move') trainer.control(command.exercise, command.command);
    }));
    trainer.arrive({ h: 2, v: 0 }, 'overschat');
    const remote = remoteSession(trainer.room.code, link, cookie);
    await remote.ready;
    expect(remote.stage.get('current')).toBe('overschat');

    const lock = remote.press({ command: 'lock', exercise: 'overschat' });
    const reveal = remote.press({ command: 'reveal', exercise: 'overschat' });
    await vi.waitFor(() => expect(remote.isDone(reveal)).toBe(true));
    expect(lock).toBeLessThan(reveal);
    expect(applied).toEqual(['lock', 'reveal']);
    expect(trainer.exercises.get('overschat')?.status).toBe('revealed');
    expect(remote.exercises.get('overschat')?.status).toBe('revealed');
    // Acknowledged commands leave the remote's queue.
    await vi.waitFor(() => expect(remote.waiting()).toBe(0));

    // The laptop and the phone at the same moment: both take effect (two writers, two documents).
    const reset = remote.press({ command: 'reset', exercise: 'overschat' });
    trainer.showNames(false);
    await vi.waitFor(() => expect(remote.isDone(reset)).toBe(true));
    expect(trainer.stage.get('showNames')).toBe(false);
    expect(trainer.exercises.get('overschat')).toMatchObject({ status: 'open', round: 2 });
    expect(applied).toEqual(['lock', 'reveal', 'reset']);
  });

  test('a participant, a forged cookie or a remote of another room reads no stage and writes no commands', async () => {
    const { trainer, link, cookie } = await roomWithRemote();
    const code = trainer.room.code;
    const seat = await joinRoom(server.origin, code);
    const participant = { role: 'participant', pid: seat.pid, token: seat.token };
    expect(await upgradeStatus(server.origin, remoteDocName(code, link.id), participant)).toBe(401);
    expect(await upgradeStatus(server.origin, stageDocName(code), participant)).toBe(401);
    // A participant cannot pose as a remote: the role needs the remote's cookie.
    expect(await upgradeStatus(server.origin, stageDocName(code), { role: 'remote', pid: seat.pid, token: seat.token })).toBe(401);
    const forged = `mw_remote=${link.id}.${'A'.repeat(43)}`;
    expect(await upgradeStatus(server.origin, stageDocName(code), { role: 'remote' }, { cookie: forged })).toBe(401);
    expect(await upgradeStatus(server.origin, remoteDocName(code, link.id), { role: 'remote' }, { cookie: forged })).toBe(401);
    expect((await fetch(`${server.origin}/api/remote`, { headers: { cookie: forged } })).status).toBe(401);
    const forgedLink = await fetch(`${server.origin}/remote?remote=${link.id}.${'A'.repeat(43)}`, { redirect: 'manual' });
    expect(forgedLink.status).toBe(403);
    expect(forgedLink.headers.get('set-cookie')).toBeNull();

    // The genuine remote reads its stage, writes its own queue, and nothing else.
    expect(await upgradeStatus(server.origin, stageDocName(code), { role: 'remote' }, { cookie })).toBe(101);
    expect(await upgradeStatus(server.origin, resultsDocName(code), { role: 'remote' }, { cookie })).toBe(401);
    expect(await upgradeStatus(server.origin, `room/${code}/public`, { role: 'remote' }, { cookie })).toBe(401);
    const second = await createRemote(server.origin, trainer.room, TRAINER_HEADERS);
    expect(await upgradeStatus(server.origin, remoteDocName(code, second.id), { role: 'remote' }, { cookie })).toBe(401);
    // Nor the trainer's pages and API: a remote is no trainer.
    expect((await fetch(`${server.origin}/api/info`, { headers: { cookie } })).status).toBe(401);
    expect((await fetch(`${server.origin}/api/groups`, { headers: { cookie } })).status).toBe(401);
    // Nor another room's stage.
    const other = await connectTrainer(server.origin);
    cleanups.push(() => other.destroy());
    expect(await upgradeStatus(server.origin, stageDocName(other.room.code), { role: 'remote' }, { cookie })).toBe(401);
    // And only the room's trainer makes or revokes its remotes.
    const noSecret = await fetch(`${server.origin}/api/rooms/${code}/remotes`, { method: 'POST', headers: { ...TRAINER_HEADERS, 'content-type': 'application/json' }, body: '{}' });
    expect(noSecret.status).toBe(404);
    const noTrainer = await fetch(`${server.origin}/api/rooms/${code}/remotes`, {
      method: 'POST', headers: { cookie, authorization: `Bearer ${trainer.room.secret}`, 'content-type': 'application/json' }, body: '{}',
    });
    expect(noTrainer.status).toBe(401);
  });

  test('revoking a remote closes its open sockets at once and refuses its cookie and link from then on', async () => {
    const { trainer, link, cookie } = await roomWithRemote();
    const code = trainer.room.code;
    const stage = await openRawSocket(server.origin, stageDocName(code), { role: 'remote' }, { cookie });
    const queue = await openRawSocket(server.origin, remoteDocName(code, link.id), { role: 'remote' }, { cookie });
    await revokeRemote(server.origin, trainer.room, link.id, TRAINER_HEADERS);
    expect((await stage.closed).code).toBe(REMOTE_REVOKED.code);
    expect((await queue.closed).code).toBe(REMOTE_REVOKED.code);
    await vi.waitFor(() => expect(trainer.remotes.has(link.id)).toBe(false));
    expect(await upgradeStatus(server.origin, stageDocName(code), { role: 'remote' }, { cookie })).toBe(401);
    expect((await fetch(`${server.origin}/api/remote`, { headers: { cookie } })).status).toBe(401);
    const again = await fetch(link.url, { redirect: 'manual' });
    expect(again.status).toBe(403);
    expect(await again.text()).toContain('Deze afstandsbediening is ingetrokken');
  });

  test('a malformed command, a write outside the queue or garbage closes the remote, and nothing of it is kept', async () => {
    const { trainer, link, cookie } = await roomWithRemote();
    const code = trainer.room.code;
    const open = () => openRawSocket(server.origin, remoteDocName(code, link.id), { role: 'remote' }, { cookie });
    const unknown = await open();
    unknown.sendUpdate(updateFrom((doc) => doc.getMap('commands').set('1', { id: 1, command: 'delete-room' })));
    await expectClosedWith(unknown, 'invalidAnswer');
    const wrongId = await open();
    wrongId.sendUpdate(updateFrom((doc) => doc.getMap('commands').set('1', { id: 7, command: 'next' })));
    await expectClosedWith(wrongId, 'invalidAnswer');
    const outside = await open();
    outside.sendUpdate(updateFrom((doc) => doc.getMap('stage').set('slide', { h: 9, v: 0 })));
    await expectClosedWith(outside, 'forbidden');
    const garbage = await open();
    garbage.send(new Uint8Array([0, 2, 5, 1, 2, 3]));
    await expectClosedWith(garbage, 'malformed');
    // Writing to the stage as a remote is a write by a read-only connection.
    const stage = await openRawSocket(server.origin, stageDocName(code), { role: 'remote' }, { cookie });
    stage.sendUpdate(updateFrom((doc) => doc.getMap(STAGE.map).set('current', null)));
    await expectClosedWith(stage, 'forbidden');

    const applied: unknown[] = [];
    cleanups.push(trainer.followRemotes((command) => applied.push(command)));
    const remote = remoteSession(code, link, cookie);
    await remote.ready;
    expect(remote.waiting()).toBe(0);
    expect(applied).toEqual([]);
  });

  test('a flood of commands is cut off without harming the room: the deck and the phones go on', async () => {
    const { trainer, link, cookie } = await roomWithRemote();
    const code = trainer.room.code;
    trainer.arrive({ h: 2, v: 0 }, 'overschat');
    const applied: unknown[] = [];
    cleanups.push(trainer.followRemotes((command) => applied.push(command)));
    // More commands waiting than a remote may queue, in one update.
    const heap = await openRawSocket(server.origin, remoteDocName(code, link.id), { role: 'remote' }, { cookie });
    heap.sendUpdate(updateFrom((doc) => {
      for (let id = 1; id <= 60; id += 1) doc.getMap('commands').set(String(id), { id, command: 'next' });
    }));
    await expectClosedWith(heap, 'flood');
    // Messages faster than the socket's budget.
    const burst = await openRawSocket(server.origin, remoteDocName(code, link.id), { role: 'remote' }, { cookie });
    for (let i = 0; i < 300; i += 1) burst.send(new Uint8Array([1, 1, 0]));
    await expectClosedWith(burst, 'flood');
    expect(applied).toEqual([]);
    expect(trainer.stage.get('slide')).toEqual({ h: 2, v: 0 });

    // The room goes on: a phone answers and the trainer counts it.
    const phone = await connectParticipant(server.origin, code);
    cleanups.push(() => phone.destroy());
    await vi.waitFor(() => expect(phone.current()?.id).toBe('overschat'));
    phone.answer('overschat', 'b');
    await vi.waitFor(() => expect(countsOf(trainer, 'overschat')).toEqual({ a: 0, b: 1, c: 0 }));
    // Another phone still joins and reads the public stage.
    const other = await openAsParticipant(server.origin, await joinRoom(server.origin, code), `room/${code}/public`);
    other.ws.close();
  });
});

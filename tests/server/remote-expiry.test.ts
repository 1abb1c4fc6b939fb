/**
 * A remote lasts a day (decision 0086, the trainer guide's "A remote lasts a day; make a new one
 * next session"), on the server and not only in the phone's browser: the cookie's Max-Age ends it
 * there, but its value copied elsewhere, or the link still in the phone's history (the QR code
 * opened once), would otherwise drive the room for as long as the room exists.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { stageDocName } from '../../src/shared/doc-names.ts';
import { remoteDocName } from '../../src/shared/remote/schema.ts';
import { createRemote } from '../../src/sync/remote-api.ts';
import { upgradeStatus } from '../support/raw-socket.ts';
import { connectTrainer, startTestServer, TRAINER_HEADERS, type TestServer } from '../support/test-server.ts';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse('2027-03-01T09:00:00Z');

describe('a remote\'s day', () => {
  let server: TestServer;
  let clock = START;
  const cleanups: (() => void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    await server?.close();
    clock = START;
  });

  test('its link and cookie work through the day and are refused once it is over; the room can make new ones', async () => {
    server = await startTestServer({ now: () => clock });
    const trainer = await connectTrainer(server.origin);
    cleanups.push(() => trainer.destroy());
    const { code } = trainer.room;
    const link = await createRemote(server.origin, trainer.room, TRAINER_HEADERS);
    const signedIn = await fetch(link.url, { redirect: 'manual' });
    expect(signedIn.status).toBe(303);
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0];

    clock = START + DAY - 60_000;
    expect((await fetch(`${server.origin}/api/remote`, { headers: { cookie } })).status).toBe(200);
    expect(await upgradeStatus(server.origin, stageDocName(code), { role: 'remote' }, { cookie })).toBe(101);

    clock = START + DAY + 1;
    expect((await fetch(`${server.origin}/api/remote`, { headers: { cookie } })).status).toBe(401);
    expect(await upgradeStatus(server.origin, stageDocName(code), { role: 'remote' }, { cookie })).toBe(401);
    expect(await upgradeStatus(server.origin, remoteDocName(code, link.id), { role: 'remote' }, { cookie })).toBe(401);
    // The link from the phone's history signs nobody in again.
    const again = await fetch(link.url, { redirect: 'manual' });
    expect(again.status).toBe(403);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.text()).toContain('Deze afstandsbediening is verlopen');

    // Expired remotes do not count against the room's four: next session's remotes can be made.
    for (let i = 0; i < 3; i += 1) await createRemote(server.origin, trainer.room, TRAINER_HEADERS);
    clock += 2 * DAY;
    const fresh = await createRemote(server.origin, trainer.room, TRAINER_HEADERS);
    expect((await fetch(fresh.url, { redirect: 'manual' })).status).toBe(303);
  });
});

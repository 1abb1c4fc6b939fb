/**
 * Co-trainer links: made on a group's page, they sign another browser in as a trainer until the
 * trainer revokes them; a revoked link says so, and a forged one is a wrong guess.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { createGroup, createInvite, listGroups, revokeInvite } from '../../src/sync/group-api.ts';
import { startTestServer, tempDir, TRAINER_HEADERS, type TestServer } from '../support/test-server.ts';

/** Opens a link as a browser would, without following the redirect: status, cookie, page text. */
async function open(url: string, cookie = '') {
  const response = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  return { status: response.status, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0], text: await response.text() };
}

describe('a co-trainer link', () => {
  let server: TestServer;
  afterEach(async () => server?.close());

  test('signs a browser in as a trainer until it is revoked, also after a restart; a revoked link says so', async () => {
    const dataDir = tempDir();
    server = await startTestServer({ dataDir });
    const group = await createGroup(server.origin, { name: 'Werkzaak voorjaar 2027' }, TRAINER_HEADERS);
    const invite = await createInvite(server.origin, group.id, TRAINER_HEADERS);
    const link = new URL(invite.url!);
    expect(link.searchParams.get('invite')).toMatch(new RegExp(`^${invite.id}\\.`));

    const signIn = await open(`${server.origin}/?${link.searchParams}`);
    expect(signIn.status).toBe(303);
    expect(signIn.cookie).toMatch(/^mw_trainer=inv\./);
    expect((await fetch(`${server.origin}/api/groups`, { headers: { cookie: signIn.cookie } })).status).toBe(200);

    await server.close();
    server = await startTestServer({ dataDir });
    expect((await fetch(`${server.origin}/api/groups`, { headers: { cookie: signIn.cookie } })).status).toBe(200);
    const [listed] = await listGroups(server.origin, TRAINER_HEADERS);
    expect(listed.invites.map((i) => [i.id, i.revokedAt])).toEqual([[invite.id, null]]);

    await revokeInvite(server.origin, group.id, invite.id, TRAINER_HEADERS);
    // The browser that signed in with it is no trainer any more, at once.
    expect((await fetch(`${server.origin}/api/groups`, { headers: { cookie: signIn.cookie } })).status).toBe(401);
    const again = await open(`${server.origin}/?${link.searchParams}`);
    expect(again.status).toBe(403);
    expect(again.text).toContain('Deze link is ingetrokken');
    expect(again.cookie).toBe('');
    const [after] = await listGroups(server.origin, TRAINER_HEADERS);
    expect(after.invites[0]).toMatchObject({ id: invite.id, url: null });
  });

  test('a forged link or cookie signs nobody in, and only a trainer makes or revokes links', async () => {
    server = await startTestServer();
    const group = await createGroup(server.origin, { name: 'Groep' }, TRAINER_HEADERS);
    const invite = await createInvite(server.origin, group.id, TRAINER_HEADERS);
    const forged = await open(`${server.origin}/?invite=${invite.id}.${'A'.repeat(43)}`);
    expect(forged.status).toBe(403);
    expect(forged.text).toContain('Deze trainerlink klopt niet');
    expect((await fetch(`${server.origin}/api/groups`, { headers: { cookie: `mw_trainer=inv.${invite.id}.${'A'.repeat(43)}` } })).status).toBe(401);
    expect((await fetch(`${server.origin}/api/groups/invite`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ group: group.id }) })).status).toBe(401);
    expect((await fetch(`${server.origin}/api/groups/invite/revoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ group: group.id, invite: invite.id }) })).status).toBe(401);
    // Another group's page cannot revoke this group's link.
    const other = await createGroup(server.origin, { name: 'Andere groep' }, TRAINER_HEADERS);
    await expect(revokeInvite(server.origin, other.id, invite.id, TRAINER_HEADERS)).rejects.toMatchObject({ status: 404 });
  });
});

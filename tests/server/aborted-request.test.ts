/** A client that hangs up halfway through a request is not a server error. */
import { connect } from 'node:net';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/** Sends a request's headers and half its body over a bare TCP socket, then hangs up. */
async function abortMidBody(port: number): Promise<void> {
  const socket = connect(port, '127.0.0.1');
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const head = ['POST /api/join HTTP/1.1', 'Host: 127.0.0.1', 'Content-Type: application/json', 'Content-Length: 100', '', ''].join('\r\n');
  await new Promise((resolve) => socket.write(`${head}{"code":"ABC`, resolve));
  socket.destroy();
}

describe('an aborted request', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  test('is counted in the refusal summary, without a stack trace or an error line', async () => {
    server = await startTestServer({ limits: { refusalSummaryMs: 100 } });
    await abortMidBody(server.port);
    await abortMidBody(server.port);
    await vi.waitFor(() => expect(server.logs.join('\n')).toMatch(/aborted request ×\d from 1 address/), { timeout: 10_000 });
    expect(server.logs.filter((line) => /error|\n\s+at /i.test(line))).toEqual([]);
  });
});

/**
 * A TCP proxy on loopback whose link can be cut and restored: a phone losing the venue wifi.
 * `cut({ socketsOnly: true })` drops and refuses only WebSocket connections while pages still
 * load: a phone that reloads while the server is out of reach gets its page from the browser's
 * cache, but no live connection.
 */
import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

const isWebSocketUpgrade = (firstChunk: Buffer) => /^upgrade:\s*websocket/im.test(firstChunk.toString('latin1'));

export async function startCuttableProxy(targetPort: number) {
  const sockets = new Set<Socket>();
  const webSockets = new Set<Socket>();
  let cutting: 'nothing' | 'everything' | 'sockets' = 'nothing';
  const server = createServer((client) => {
    if (cutting === 'everything') return void client.destroy();
    // The first bytes say whether this is a page load or a WebSocket upgrade.
    client.once('data', (firstChunk: Buffer) => {
      const isWebSocket = isWebSocketUpgrade(firstChunk);
      if (isWebSocket && cutting === 'sockets') return void client.destroy();
      const upstream = connect(targetPort, '127.0.0.1');
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        if (isWebSocket) webSockets.add(socket);
        socket.on('close', () => {
          sockets.delete(socket);
          webSockets.delete(socket);
        });
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      upstream.write(firstChunk);
      client.pipe(upstream).pipe(client);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const drop = (which: Set<Socket>) => {
    for (const socket of which) socket.destroy();
  };
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cut({ socketsOnly = false }: { socketsOnly?: boolean } = {}) {
      cutting = socketsOnly ? 'sockets' : 'everything';
      drop(socketsOnly ? webSockets : sockets);
    },
    restore() {
      cutting = 'nothing';
    },
    close() {
      drop(sockets);
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

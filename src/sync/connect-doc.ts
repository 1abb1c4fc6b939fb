/** Connects one Yjs document of a room to the server with the stock y-websocket client. */
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export type DocConnection = { doc: Y.Doc; provider: WebsocketProvider; destroy(): void };

export type ConnectOptions = {
  /** http(s) origin of the server, e.g. location.origin. */
  origin: string;
  docName: string;
  /** Credentials: role plus secret, or token (+ pid). */
  params: Record<string, string>;
  doc?: Y.Doc;
  /** For Node tests: the `ws` WebSocket class. */
  WebSocketPolyfill?: unknown;
};

export function syncUrl(origin: string): string {
  return `${origin.replace(/^http/, 'ws')}/sync`;
}

export function connectDoc({ origin, docName, params, doc = new Y.Doc(), WebSocketPolyfill }: ConnectOptions): DocConnection {
  const provider = new WebsocketProvider(syncUrl(origin), docName, doc, {
    params,
    // Tabs of one browser would otherwise share updates over BroadcastChannel, past the server's guard.
    disableBc: true,
    ...(WebSocketPolyfill ? { WebSocketPolyfill: WebSocketPolyfill as typeof WebSocket } : {}),
  });
  // The awareness state stays the default empty object: y-websocket renews it every 15 s, the
  // server answers each renewal, and that answer keeps the client's 30 s silence watchdog from
  // dropping a phone while the stage is quiet. Presence itself is counted by the server.
  return {
    doc,
    provider,
    destroy() {
      try {
        provider.destroy();
      } catch {
        // y-websocket can throw here after Yjs changed the doc's clientID (TECH-NOTES P11).
      }
    },
  };
}

/** Resolves once the provider has received the server's state (immediately if it already has). */
export function whenSynced(connection: DocConnection): Promise<void> {
  if (connection.provider.synced) return Promise.resolve();
  return new Promise((resolve) => {
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return;
      connection.provider.off('sync', onSync);
      resolve();
    };
    connection.provider.on('sync', onSync);
  });
}

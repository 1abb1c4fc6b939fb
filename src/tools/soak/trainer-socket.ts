/** The `ws` WebSocket class with the trainer key in every handshake: trainer sockets outside a browser. */
import WebSocket from 'ws';
import { trainerKeyHeaders } from '../../shared/trainer-key.ts';

/** y-websocket takes it as `WebSocketPolyfill` and calls `new (url, protocols)`. */
export function trainerWebSocket(key: string): unknown {
  return class TrainerWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols ?? [], { headers: trainerKeyHeaders(key) });
    }
  };
}

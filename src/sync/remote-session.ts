/**
 * The remote's side of a room (decision 0086): it reads the trainer's stage (where the deck is,
 * each exercise's state, the cue with notes and prompts) and writes only its own command queue.
 * A press is a command with the next id; the deck applies it and acknowledges it in the stage, and
 * the remote then drops it from its queue. Its credential is the remote cookie the server set when
 * the link was opened (a Node test passes it in its WebSocket class).
 */
import type * as Y from 'yjs';
import { stageDocName } from '../shared/doc-names.ts';
import { remoteDocName } from '../shared/remote/schema.ts';
import { REMOTE, acknowledgedKeys, nextCommandId, type RemoteCommand } from '../shared/remote/commands.ts';
import { STAGE, type ExerciseState } from '../shared/room-schema.ts';
import { REMOTE_STAGE } from '../shared/remote/schema.ts';
import { connectDoc, whenSynced, type DocConnection } from './connect-doc.ts';

/** A command as the remote asks for it, before it has an id. */
export type RemotePress = RemoteCommand extends infer C ? (C extends RemoteCommand ? Omit<C, 'id'> : never) : never;

export type RemoteSession = {
  stage: Y.Map<unknown>;
  exercises: Y.Map<ExerciseState>;
  /** STAGE.remoteAcks: the last command of each remote the deck applied. */
  acks: Y.Map<number>;
  /** Resolves when the stage and the queue hold the server's state. */
  ready: Promise<void>;
  /** Queues a command; returns its id. */
  press(command: RemotePress): number;
  /** Whether the deck has applied (or skipped) command `id`. */
  isDone(id: number): boolean;
  /** How many commands wait for the deck. */
  waiting(): number;
  /** Called with the close code when a socket closes for good (4401: the trainer revoked this remote). */
  onClosed(listener: (code: number) => void): void;
  destroy(): void;
};

export function createRemoteSession(options: { origin: string; code: string; id: string; WebSocketPolyfill?: unknown }): RemoteSession {
  const { origin, code, id, WebSocketPolyfill } = options;
  const params = { role: 'remote' };
  const connections: DocConnection[] = [
    connectDoc({ origin, docName: stageDocName(code), params, WebSocketPolyfill }),
    connectDoc({ origin, docName: remoteDocName(code, id), params, WebSocketPolyfill }),
  ];
  const [stageDoc, queueDoc] = connections.map((connection) => connection.doc);
  const acks = stageDoc.getMap<number>(REMOTE_STAGE.acks);
  const commands = queueDoc.getMap<RemoteCommand>(REMOTE.commands);
  const acknowledged = () => acks.get(id) ?? 0;
  let isReady = false;

  // What the deck acknowledged leaves the queue, so it stays short (the server allows 50 waiting).
  const dropAcknowledged = () => {
    if (!isReady) return;
    const done = acknowledgedKeys(commands.keys(), acknowledged());
    if (done.length > 0) queueDoc.transact(() => done.forEach((key) => commands.delete(key)));
  };
  acks.observe(dropAcknowledged);

  const closeListeners: ((code: number) => void)[] = [];
  for (const { provider } of connections) {
    provider.on('connection-close', (event: CloseEvent | null) => {
      // 4400-4499 are final: y-websocket stops reconnecting, and the page says why.
      if (event && event.code >= 4400 && event.code < 4500) for (const listener of closeListeners) listener(event.code);
    });
  }

  return {
    stage: stageDoc.getMap<unknown>(STAGE.map),
    exercises: stageDoc.getMap<ExerciseState>(STAGE.exercises),
    acks,
    ready: Promise.all(connections.map(whenSynced)).then(() => {
      isReady = true;
      dropAcknowledged();
    }),
    press(command) {
      const next = nextCommandId(commands.keys(), acknowledged());
      commands.set(String(next), { ...command, id: next } as RemoteCommand);
      return next;
    },
    isDone: (commandId) => commandId <= acknowledged(),
    waiting: () => [...commands.keys()].filter((key) => Number(key) > acknowledged()).length,
    onClosed: (listener) => void closeListeners.push(listener),
    destroy() {
      acks.unobserve(dropAcknowledged);
      for (const connection of connections) connection.destroy();
    },
  };
}

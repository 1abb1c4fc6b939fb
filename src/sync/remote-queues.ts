/**
 * The deck's side of the remotes (decision 0086): it follows the command queue of every remote
 * the server lists for the room (RESULTS.remotes), read-only, and hands each queue's commands
 * that are not yet acknowledged to `apply`, in order. Acknowledging is the caller's: it writes the
 * stage, in the same transaction as what the commands did.
 */
import type * as Y from 'yjs';
import { remoteDocName } from '../shared/remote/schema.ts';
import { REMOTE, commandsToApply, type RemoteCommand } from '../shared/remote/commands.ts';
import { connectDoc, type DocConnection } from './connect-doc.ts';

export type RemoteQueueOptions = {
  origin: string;
  code: string;
  /** The trainer's socket parameters (role and room secret). */
  params: Record<string, string>;
  /** RESULTS.remotes: the room's active remotes. */
  remotes: Y.Map<unknown>;
  /** STAGE.remoteAcks: the last command applied per remote. */
  acks: Y.Map<number>;
  /** Applies one remote's waiting commands and acknowledges `last`, in one stage transaction. */
  apply(remote: string, commands: RemoteCommand[], last: number): void;
  WebSocketPolyfill?: unknown;
};

/** Follows the room's remotes until the returned function is called. */
export function followRemoteQueues(options: RemoteQueueOptions): () => void {
  const { origin, code, params, remotes, acks, WebSocketPolyfill } = options;
  const queues = new Map<string, { connection: DocConnection; stop: () => void }>();

  const drain = (remote: string, commands: Y.Map<unknown>) => {
    const { commands: waiting, last } = commandsToApply(commands.entries(), acks.get(remote) ?? 0);
    if (last > (acks.get(remote) ?? 0)) options.apply(remote, waiting, last);
  };
  const follow = (remote: string) => {
    const connection = connectDoc({ origin, docName: remoteDocName(code, remote), params, WebSocketPolyfill });
    const commands = connection.doc.getMap<unknown>(REMOTE.commands);
    const onChange = () => drain(remote, commands);
    commands.observe(onChange);
    queues.set(remote, { connection, stop: () => commands.unobserve(onChange) });
  };
  const unfollow = (remote: string) => {
    const queue = queues.get(remote);
    queue?.stop();
    queue?.connection.destroy();
    queues.delete(remote);
  };
  const sync = () => {
    for (const remote of remotes.keys()) if (!queues.has(remote)) follow(remote);
    for (const remote of [...queues.keys()]) if (!remotes.has(remote)) unfollow(remote);
  };
  remotes.observe(sync);
  sync();
  return () => {
    remotes.unobserve(sync);
    for (const remote of [...queues.keys()]) unfollow(remote);
  };
}

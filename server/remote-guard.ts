/**
 * The "check write" step for a remote's command queue (decision 0086): a remote may only add
 * commands the deck knows how to do (src/shared/remote/commands.ts) and delete its own, with at
 * most MAX_QUEUED_COMMANDS waiting. Checked on a throw-away copy, as a participant's update is
 * (guard.ts): only integrating an update shows which keys it changes.
 */
import * as Y from 'yjs';
import { MAX_QUEUED_COMMANDS, REMOTE, isRemoteCommand } from '../src/shared/remote/commands.ts';
import type { Accepted, Rejection } from './guard.ts';

const ACCEPTED: Accepted = { ok: true, answerIds: [], nicknameChanged: false };

export function checkRemoteUpdate(update: Uint8Array, doc: Y.Doc): Accepted | Rejection {
  const twin = new Y.Doc({ guid: 'twin' });
  Y.applyUpdate(twin, Y.encodeStateAsUpdate(doc));
  const commands = twin.getMap<unknown>(REMOTE.commands);
  const changed = new Set<string>();
  let isOutside = false;
  const collect = (transaction: Y.Transaction) => {
    for (const [type, keys] of transaction.changed) {
      for (const key of keys) {
        if (type === (commands as unknown) && key !== null) changed.add(key);
        else isOutside = true;
      }
    }
  };
  twin.on('afterTransaction', collect);
  try {
    Y.applyUpdate(twin, update);
  } catch {
    return { ok: false, close: 'malformed', detail: 'update does not decode' };
  } finally {
    twin.off('afterTransaction', collect);
  }
  try {
    if (twin.store.pendingStructs || twin.store.pendingDs) return { ok: false, close: 'malformed', detail: 'update depends on missing content' };
    if (isOutside) return { ok: false, close: 'forbidden', detail: 'change outside the remote\'s commands' };
    for (const key of changed) {
      // A deleted command is the remote dropping one the deck acknowledged.
      if (!commands.has(key)) continue;
      const value = commands.get(key);
      if (value instanceof Y.AbstractType || !isRemoteCommand(key, value)) return { ok: false, close: 'invalidAnswer', detail: 'not a remote command' };
    }
    if (commands.size > MAX_QUEUED_COMMANDS) return { ok: false, close: 'flood', detail: `more than ${MAX_QUEUED_COMMANDS} commands waiting` };
    return ACCEPTED;
  } finally {
    twin.destroy();
  }
}

/**
 * Who may connect, decided before the WebSocket upgrade completes: the trainer by the room
 * secret, a participant by a token bound to its id, a viewer by a token bound to the room;
 * and the join key that marks a join by the room's own link. The documents a phone may read
 * hold nothing of another phone.
 * Tokens are HMACs under a server key that lives in the store, so they survive restarts.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DocRef } from '../src/shared/doc-names.ts';
import type { Role } from '../src/shared/roles.ts';

/** `remote`: the remote its cookie proved (remotes.ts), never read from the request's parameters. */
export type Credentials = { role: string | null; secret?: string; token?: string; pid?: string; remote?: { id: string; code: string } };
export type Grant = { role: Role; canWrite: boolean };

export function newSecret(): string {
  return randomBytes(24).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function createAuth({ key }: { key: string }) {
  const sign = (text: string) => createHmac('sha256', key).update(text).digest('base64url');

  return {
    participantToken: (code: string, pid: string) => sign(`participant:${code}:${pid}`),
    viewerToken: (code: string) => sign(`viewer:${code}`),
    /** What a leergang member's phone keeps to be recognised in the group's next sessions. */
    memberToken: (group: string, member: string) => sign(`member:${group}:${member}`),
    isMemberToken(group: string, member: string, token: string) {
      return sameText(token, this.memberToken(group, member));
    },
    /**
     * The key in the room's join link and QR code. It proves the phone got the code from the
     * screen, not by guessing, so wrong codes typed on the same address never block it. Short,
     * to keep the QR code coarse: 72 bits, and useless for guessing other codes.
     */
    joinKey: (code: string) => sign(`join:${code}`).slice(0, 12),
    isJoinKey(code: string, key: string) {
      return sameText(key, this.joinKey(code));
    },
    isTrainerSecret: (secret: string, secretHash: string) => sameText(hashSecret(secret), secretHash),

    /**
     * What this connection may do with this document, or null when it may not connect at all.
     * Read-only is the default; only the owner of a document gets `canWrite`.
     */
    authorize(doc: DocRef, credentials: Credentials, secretHash: string): Grant | null {
      const { role, secret = '', token = '', pid = '', remote } = credentials;
      if (role === 'trainer' && this.isTrainerSecret(secret, secretHash)) {
        if (doc.kind === 'stage') return { role, canWrite: true };
        // The deck reads each remote's commands; it applies them to the stage it writes.
        if (doc.kind === 'results' || doc.kind === 'remote') return { role, canWrite: false };
        return null;
      }
      // The trainer's phone as remote of this one room: it reads the stage (notes, prompts, each
      // exercise's state) and writes only its own command queue (decision 0086).
      if (role === 'remote' && remote && remote.code === doc.code) {
        if (doc.kind === 'stage') return { role, canWrite: false };
        if (doc.kind === 'remote' && doc.remote === remote.id) return { role, canWrite: true };
        return null;
      }
      if (role === 'viewer' && sameText(token, this.viewerToken(doc.code))) {
        return doc.kind === 'participant' || doc.kind === 'inbox' || doc.kind === 'remote' ? null : { role, canWrite: false };
      }
      // A phone reads the public stage and its own inbox, never the trainer's stage: that holds
      // other phones' pids and every role card (see public-stage.ts, inboxes.ts).
      if (role === 'participant' && pid && sameText(token, this.participantToken(doc.code, pid))) {
        if (doc.kind === 'public') return { role, canWrite: false };
        if (doc.kind === 'inbox' && doc.pid === pid) return { role, canWrite: false };
        if (doc.kind === 'participant' && doc.pid === pid) return { role, canWrite: true };
        return null;
      }
      return null;
    },
  };
}
export type Auth = ReturnType<typeof createAuth>;

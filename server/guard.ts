/**
 * The trust boundary for writes, the work of the "check write" step (steps.ts): decides whether a
 * Yjs update from a connection may be applied. No I/O; the connection code acts on the verdict
 * (apply, ignore, or close with its code).
 */
import * as Y from 'yjs';
import type { BaseDefinition } from '../src/shared/kind/kind.ts';
import { modelFor } from '../src/kinds/registry.ts';
import type { CloseKind } from '../src/shared/close-codes.ts';
import { isPlainData } from '../src/shared/plain-data.ts';
import {
  NICKNAME_MAX_LENGTH,
  PARTICIPANT,
  isNickname,
  isParticipantAnswer,
  type ExerciseState,
} from '../src/shared/room-schema.ts';

export type Rejection = { ok: false; close: CloseKind; detail: string };
/** An update that may be applied, with what it changed that the results copy (none for a trainer's). */
export type Accepted = { ok: true; answerIds: string[]; nicknameChanged: boolean };
export type ParticipantVerdict = Accepted | Rejection;

const reject = (close: CloseKind, detail: string): Rejection => ({ ok: false, close, detail });

/**
 * A client's text as the server's log may show it: quoted, shortened, and with line breaks and
 * control characters escaped, so a phone cannot write lines (or terminal escapes) of its own.
 */
function quoted(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return JSON.stringify(shown).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A read-only connection still answers the server's sync step 1 with the (empty) difference of
 * what it holds. That reply is ignored; anything carrying content the server lacks is a write.
 */
export function checkReadOnlyUpdate(doc: Y.Doc, update: Uint8Array): 'ignore' | Rejection {
  let meta: { to: Map<number, number> };
  try {
    meta = Y.parseUpdateMeta(update);
  } catch {
    return reject('malformed', 'update does not decode');
  }
  const known = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, clock] of meta.to) {
    if (clock > (known.get(client) ?? 0)) return reject('forbidden', 'read-only connection sent new content');
  }
  // Deletions in it are never applied either: an honest read-only client has none of its own.
  return 'ignore';
}

export type ParticipantContext = {
  doc: Y.Doc;
  pid: string;
  exerciseOf: (id: string) => BaseDefinition | undefined;
  stateOf: (id: string) => ExerciseState | undefined;
};

/**
 * A participant may only set its own answers (one key per exercise, to a value the exercise
 * allows, while it is open, in the current round) and its nickname. The update is applied to a
 * throw-away copy first, because in Yjs's encoding an item's parent can be implied by its origin:
 * only integrating it shows which key it really changes.
 */
export function checkParticipantUpdate(update: Uint8Array, context: ParticipantContext): ParticipantVerdict {
  // A fixed guid: see doc-hub.ts (a random one costs ~75 µs, and the twin is made for every update).
  const twin = new Y.Doc({ guid: 'twin' });
  Y.applyUpdate(twin, Y.encodeStateAsUpdate(context.doc));
  const answers = twin.getMap(PARTICIPANT.answers);
  const profile = twin.getMap(PARTICIPANT.profile);
  const changed = { answers: new Set<string>(), profile: new Set<string>() };
  let outside: string | null = null;

  const collect = (transaction: Y.Transaction) => {
    for (const [type, keys] of transaction.changed) {
      const target = type === (answers as unknown) ? changed.answers : type === (profile as unknown) ? changed.profile : null;
      for (const key of keys) {
        if (target && key !== null) target.add(key);
        else outside ??= 'change outside this participant\'s answers and profile';
      }
    }
  };
  twin.on('afterTransaction', collect);
  try {
    Y.applyUpdate(twin, update);
  } catch {
    return reject('malformed', 'update does not decode');
  } finally {
    twin.off('afterTransaction', collect);
  }
  try {
    if (twin.store.pendingStructs || twin.store.pendingDs) return reject('malformed', 'update depends on missing content');
    if (outside) return reject('forbidden', outside);

    for (const key of changed.profile) {
      const value = profile.get(key);
      if (key !== 'nickname') return reject('forbidden', `profile field ${quoted(key)}`);
      if (!isNickname(value)) {
        return reject('invalidAnswer', `nickname must be clean text of at most ${NICKNAME_MAX_LENGTH} characters`);
      }
    }
    for (const id of changed.answers) {
      const rejection = checkAnswer(id, answers.get(id), context);
      if (rejection) return rejection;
    }
    return { ok: true, answerIds: [...changed.answers], nicknameChanged: changed.profile.size > 0 };
  } finally {
    twin.destroy();
  }
}

function checkAnswer(id: string, answer: unknown, context: ParticipantContext): Rejection | null {
  const definition = context.exerciseOf(id);
  if (!definition) return reject('invalidAnswer', `unknown exercise ${quoted(id)}`);
  if (answer instanceof Y.AbstractType || !isParticipantAnswer(answer)) {
    return reject('invalidAnswer', `answer to "${id}" is not {round, value}`);
  }
  // A "__proto__" key decodes into a prototype: fields hidden there pass a check of the keys,
  // yet are read from the value on this server and vanish from every copy sent on.
  if (!isPlainData(answer)) return reject('invalidAnswer', `answer to "${id}" is not plain data`);
  // Round and status first: an honest phone that tapped just before the trainer moved on (a
  // role-play's next scene) sends a value for what is no longer on screen; it must resync
  // (notOpen), not be cut off as if it had sent something the exercise never allows.
  const state = context.stateOf(id);
  if (state?.status !== 'open' || state.round !== answer.round) {
    return reject('notOpen', `exercise "${id}" is not open for round ${answer.round}`);
  }
  const model = modelFor(definition.kind);
  if (!model?.isValidAnswer(definition, answer.value, { progress: state.progress, pid: context.pid })) {
    return reject('invalidAnswer', `value not allowed by exercise "${id}"`);
  }
  return null;
}

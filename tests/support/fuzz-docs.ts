/**
 * The fuzz suite's Yjs side: y-websocket messages, documents built the way a phone or the
 * trainer builds them (often on top of what the server sent the lane), and the pool of real
 * frames the mutations start from.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { sampleAnswer } from '../../src/tools/simulate/sample-answer.ts';
import type { FuzzContext, LiveExercise } from './frame-fuzzer.ts';
import { randomValue, type Rng } from './fuzz-random.ts';

export const SYNC = 0;
export const AWARENESS = 1;
export const STEP1 = 0;
export const STEP2 = 1;
export const UPDATE = 2;
const POOL_SIZE = 16;

export function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** The update inside a sync message (type, step, length-prefixed update); throws for anything else. */
export function syncPayload(frame: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(frame);
  if (decoding.readVarUint(decoder) !== SYNC) throw new Error('not a sync message');
  decoding.readVarUint(decoder);
  return decoding.readVarUint8Array(decoder);
}

/**
 * Sets any value lib0 can encode, also an object with an own `constructor` key, which Y.Map.set
 * refuses: such an object is set as an empty one and filled in place before it is encoded, the
 * way a hand-made client writes it.
 */
export function setAny(map: Y.Map<unknown>, key: string, value: unknown): void {
  try {
    map.set(key, value);
  } catch {
    const shell = {};
    map.set(key, shell);
    for (const [name, item] of Object.entries(value as object)) {
      Object.defineProperty(shell, name, { value: item, enumerable: true, writable: true, configurable: true });
    }
  }
}

/** Documents and frames for one lane; `words` are the room's ids and the prompt's words of the moment. */
export function createDocTools(rng: Rng, context: FuzzContext, words: () => readonly string[]) {
  // What the replica holds, encoded once per change of it rather than once per frame.
  let snapshot: { update: Uint8Array; stateVector: Uint8Array; clients: number[] } | null = null;
  context.replica().on('update', () => (snapshot = null));
  const replicaNow = () => {
    // Asking for the replica applies what the lane received since, which clears the snapshot.
    const replica = context.replica();
    if (!snapshot) {
      const stateVector = Y.encodeStateVector(replica);
      snapshot = { update: Y.encodeStateAsUpdate(replica), stateVector, clients: [...Y.decodeStateVector(stateVector).keys()] };
    }
    return snapshot;
  };
  const clientId = () => {
    const known = replicaNow().clients;
    return known.length > 0 && rng.chance(0.3) ? rng.pick(known) : rng.u32();
  };
  // A phone writes on top of its own document; on the read-only documents any new content is
  // refused alike, so copying those (larger) documents first is done less often.
  const startFromReplica = context.target === 'own' ? 0.6 : 0.15;
  /** A fresh document, often holding what the server has (so the update is a small diff, as honest ones are). */
  const localDoc = () => {
    // A fixed guid: Y.Doc would otherwise draw a random one from the crypto source for every frame.
    const doc = new Y.Doc({ guid: 'fuzz' });
    if (rng.chance(startFromReplica)) Y.applyUpdate(doc, replicaNow().update);
    doc.clientID = clientId();
    return doc;
  };
  const updateMessage = (doc: Y.Doc) => {
    const sinceReplica = rng.chance(0.8);
    const encode = () => (sinceReplica ? Y.encodeStateAsUpdate(doc, replicaNow().stateVector) : Y.encodeStateAsUpdate(doc));
    let update: Uint8Array;
    try {
      update = encode();
    } catch {
      // With content pending (a partial copy of the server's document), Yjs merges it in by
      // decoding our new value and encoding it again, and a value whose "__proto__" key decodes
      // into bytes cannot be encoded again: send without what is pending.
      doc.store.pendingStructs = null;
      doc.store.pendingDs = null;
      update = encode();
    }
    doc.destroy();
    return syncMessage(rng.chance(0.5) ? UPDATE : STEP2, update);
  };

  const exercise = (): LiveExercise => {
    const live = context.current();
    if (live && rng.chance(0.85)) return live;
    return { id: rng.pick(context.exerciseIds), round: 1 + rng.int(3), prompt: live?.prompt };
  };
  const honestValue = (live: LiveExercise) => sampleAnswer({ prompt: live.prompt, progress: live.progress }, rng.float);

  /** What an honest phone sends when it answers: its answer set in its own document. */
  const honestAnswer = () => {
    const live = exercise();
    const doc = localDoc();
    setAny(doc.getMap('answers'), live.id, { round: live.round, value: honestValue(live) ?? randomValue(rng, words()) });
    return updateMessage(doc);
  };
  const honestNickname = () => {
    const doc = localDoc();
    doc.getMap('profile').set('nickname', rng.pick(['Anna', 'Mehmet', 'Joke de V.', 'x'.repeat(30)]));
    return updateMessage(doc);
  };
  /** What the trainer's windows write: the deck the current slide and an exercise's state, the moderation window its marks. */
  const trainerUpdate = () => {
    const doc = localDoc();
    const live = exercise();
    doc.transact(() => {
      if (rng.chance(0.5)) doc.getMap('stage').set('current', rng.pick(context.exerciseIds));
      if (rng.chance(0.3)) doc.getMap('moderation').set(live.id, { round: live.round, shown: [{ pid: rng.pick(words()), hash: rng.pick(words()) }] });
      else doc.getMap('exercises').set(live.id, { status: rng.pick(['open', 'locked', 'revealed']), round: live.round + rng.int(2), prompt: live.prompt ?? null });
    });
    return updateMessage(doc);
  };
  const serverState = () => syncMessage(STEP2, replicaNow().update);
  /** A real frame: one an honest phone or the trainer would send, or one the server sent. */
  const freshRealFrame = (): Uint8Array => {
    const received = context.received;
    switch (rng.int(6)) {
      case 0:
      case 1:
        return honestAnswer();
      case 2:
        return honestNickname();
      case 3:
        return trainerUpdate();
      case 4:
        return received.length > 0 ? rng.pick(received) : serverState();
      default:
        return serverState();
    }
  };

  // Real frames are kept in a small pool and renewed one in ten draws: building one costs a
  // document, mutating one costs nothing, and most strategies start from one.
  const pool: Uint8Array[] = [];
  const realFrame = (): Uint8Array => {
    if (pool.length >= POOL_SIZE && !rng.chance(0.1)) return rng.pick(pool);
    const fresh = freshRealFrame();
    if (pool.length < POOL_SIZE) pool.push(fresh);
    else pool[rng.int(POOL_SIZE)] = fresh;
    return fresh;
  };

  return { replicaNow, clientId, localDoc, updateMessage, exercise, honestValue, realFrame };
}

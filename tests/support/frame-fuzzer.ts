/**
 * Seeded generator of y-websocket frames for the fuzz suite: random bytes, random framing,
 * well-formed messages with random Yjs content, and mutations and splices of real frames (an
 * honest phone's answers and nickname, the trainer's stage updates, what the server sent).
 * One seed gives one sequence of choices; the frames also carry the room's live state (the
 * exercise open now, the documents as the server sent them), so every frame is printed whole
 * when a check fails.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { AWARENESS, createDocTools, setAny, STEP1, STEP2, SYNC, syncMessage, syncPayload, UPDATE } from './fuzz-docs.ts';
import { concat, encodeVarUint, mutate, splice } from './frame-mutations.ts';
import { EDGE_NUMBERS, TEMPTING_KEYS, nearMiss, randomValue, wordsOf, type Rng } from './fuzz-random.ts';

/** The document a lane's socket is on: a participant's own, the stage, the results, the public stage or a participant's inbox. */
export type FuzzTarget = 'own' | 'stage' | 'results' | 'public' | 'inbox';

export type LiveExercise = { id: string; round: number; prompt: unknown; progress?: unknown };

export type FuzzContext = {
  target: FuzzTarget;
  exerciseIds: readonly string[];
  /** The exercise open on the stage now, as an honest phone sees it. */
  current(): LiveExercise | null;
  /** The lane's document as the server sent it. */
  replica(): Y.Doc;
  /** The last messages the server sent to the lane, newest last. */
  received: readonly Uint8Array[];
};

export type Frame = { bytes: Uint8Array; isText: boolean; strategy: string };

const ROOT_NAMES = ['answers', 'profile', 'stage', 'exercises', 'people', 'results', 'own'] as const;

/** An edge number as a clock lib0 can write: whole, from 0 to 2^53 - 1. */
const safeClock = (value: number) => (Number.isFinite(value) ? Math.min(Math.floor(Math.abs(value)), Number.MAX_SAFE_INTEGER) : 0);

/** A frame source for one lane: each call returns the next frame. */
export function createFrameFuzzer(rng: Rng, context: FuzzContext): () => Frame {
  let frameWords: string[] = [];
  const words = () => frameWords;
  const { replicaNow, clientId, localDoc, updateMessage, exercise, honestValue, realFrame } = createDocTools(rng, context, words);

  const strategies: [weight: number, name: string, make: () => Uint8Array | Frame][] = [
    [8, 'random-bytes', () => rng.bytes(rng.chance(0.9) ? rng.int(40) : rng.int(2000))],
    [8, 'random-framing', randomFraming],
    [16, 'answer', structuredAnswer],
    [8, 'writes', structuredWrites],
    [4, 'sync-step1', syncStep1],
    [4, 'awareness', awareness],
    [6, 'real', realFrame],
    [34, 'mutated-real', () => mutate(realFrame(), rng, words()).bytes],
    [8, 'spliced', spliced],
    [3, 'text', text],
    [1, 'oversized', oversized],
  ];
  const totalWeight = strategies.reduce((sum, [weight]) => sum + weight, 0);

  function randomFraming(): Uint8Array {
    const type = rng.pick([SYNC, SYNC, SYNC, AWARENESS, 2, 3, rng.int(300), 2 ** 32]);
    const parts = [encodeVarUint(type)];
    const payload = rng.chance(0.5) ? rng.bytes(rng.int(64)) : mutate(realFrame(), rng, words()).bytes;
    if (type === SYNC) parts.push(encodeVarUint(rng.pick([STEP1, STEP2, UPDATE, 3, rng.int(200)])));
    // The declared length is sometimes not the length that follows.
    parts.push(encodeVarUint(rng.chance(0.8) ? payload.length : rng.int(100)), payload);
    if (rng.chance(0.15)) parts.push(rng.bytes(1 + rng.int(4)));
    return concat(...parts);
  }

  /** A well-formed answer update: right or wrong key, round, shape and value. */
  function structuredAnswer(): Uint8Array {
    const live = exercise();
    const doc = localDoc();
    const key = rng.pick([live.id, live.id, live.id, rng.pick(context.exerciseIds), rng.pick(words()), rng.pick(TEMPTING_KEYS)]);
    const round = rng.chance(0.6) ? live.round : rng.pick([0, -1, live.round - 1, live.round + 1, 1.5, 2 ** 53, '1', null]);
    const honest = honestValue(live);
    const value = rng.chance(0.3) ? honest : rng.chance(0.5) ? nearMiss(rng, honest, words()) : randomValue(rng, words());
    const answers = doc.getMap('answers');
    switch (rng.int(10)) {
      case 0:
        setAny(answers, key, randomValue(rng, words()));
        break;
      case 1:
        setAny(answers, key, Object.fromEntries([['round', round], ['value', value], [rng.pick(TEMPTING_KEYS), randomValue(rng, words())]]));
        break;
      case 2: {
        const nested = new Y.Map();
        answers.set(key, nested);
        nested.set('round', round);
        setAny(nested, 'value', value);
        break;
      }
      default:
        setAny(answers, key, { round, value });
    }
    if (rng.chance(0.1)) setAny(doc.getMap('profile'), 'nickname', randomValue(rng, words()));
    return updateMessage(doc);
  }

  /** Well-formed Yjs writes anywhere but an answer: other maps, nested types, text, deletions, subdocuments. */
  function structuredWrites(): Uint8Array {
    const doc = localDoc();
    const name = rng.chance(0.8) ? rng.pick(ROOT_NAMES) : rng.pick(words());
    try {
      switch (rng.int(7)) {
        case 0:
          setAny(doc.getMap(name), rng.pick(words()), randomValue(rng, words()));
          break;
        case 1:
          doc.getArray(name).insert(0, [randomValue(rng, words()) ?? null]);
          break;
        case 2:
          doc.getText(name).insert(0, String(rng.pick(words())));
          break;
        case 3: {
          const map = doc.getMap(name);
          const keys = [...map.keys()];
          if (keys.length > 0) map.delete(rng.pick(keys));
          else map.set('nickname', new Y.Text('x'));
          break;
        }
        case 4:
          doc.getMap(name).set(rng.pick(words()), new Y.Doc());
          break;
        case 5:
          doc.getXmlFragment(name).insert(0, [new Y.XmlElement('img')]);
          break;
        default:
          setAny(doc.getMap('profile'), rng.pick(['nickname', 'nickname', 'name', '__proto__']), randomValue(rng, words()));
      }
    } catch {
      // The name is already another type in this document, or the value is one Yjs refuses to
      // hold in that type: write to a fresh document instead.
      doc.destroy();
      const fresh = new Y.Doc({ guid: 'fuzz' });
      fresh.clientID = clientId();
      fresh.getArray(name).insert(0, [String(rng.pick(words()))]);
      return updateMessage(fresh);
    }
    return updateMessage(doc);
  }

  function syncStep1(): Uint8Array {
    if (rng.chance(0.3)) return syncMessage(STEP1, replicaNow().stateVector);
    if (rng.chance(0.5)) return syncMessage(STEP1, rng.bytes(rng.int(24)));
    const encoder = encoding.createEncoder();
    const clients = rng.int(4);
    encoding.writeVarUint(encoder, clients);
    for (let i = 0; i < clients; i++) {
      encoding.writeVarUint(encoder, clientId());
      encoding.writeVarUint(encoder, safeClock(rng.pick(EDGE_NUMBERS)));
    }
    return syncMessage(STEP1, encoding.toUint8Array(encoder));
  }

  function awareness(): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, AWARENESS);
    const inner = encoding.createEncoder();
    const clients = rng.int(3);
    encoding.writeVarUint(inner, clients);
    for (let i = 0; i < clients; i++) {
      encoding.writeVarUint(inner, clientId());
      encoding.writeVarUint(inner, rng.int(1000));
      encoding.writeVarString(inner, rng.chance(0.8) ? JSON.stringify({ user: { name: rng.pick(words()) } }) : 'null');
    }
    encoding.writeVarUint8Array(encoder, rng.chance(0.8) ? encoding.toUint8Array(inner) : rng.bytes(rng.int(30)));
    return encoding.toUint8Array(encoder);
  }

  /** Two real frames joined: a prefix of one and a suffix of another, or two updates merged into one. */
  function spliced(): Uint8Array {
    const first = realFrame();
    const second = realFrame();
    if (rng.chance(0.6)) return splice(first, second, rng);
    try {
      return syncMessage(UPDATE, Y.mergeUpdates([syncPayload(first), syncPayload(second)]));
    } catch {
      return splice(first, second, rng);
    }
  }

  function text(): Frame {
    const bytes = rng.chance(0.5) ? new Uint8Array(Buffer.from(JSON.stringify({ type: 'sync', doc: rng.pick(words()) }))) : rng.bytes(rng.int(40));
    return { bytes, isText: true, strategy: 'text' };
  }

  /** Over the 16 KiB limit for phones and viewers; now and then over the 1 MiB the socket accepts at all. */
  function oversized(): Uint8Array {
    const size = rng.chance(0.9) ? 16 * 1024 + 1 + rng.int(48 * 1024) : 1024 * 1024 + 1 + rng.int(1024);
    const doc = new Y.Doc({ guid: 'fuzz' });
    doc.getMap('answers').set(exercise().id, { round: 1, value: 'x'.repeat(size) });
    return updateMessage(doc);
  }

  let promptWords: { prompt: unknown; words: string[] } = { prompt: undefined, words: [] };
  return () => {
    const prompt = context.current()?.prompt;
    if (promptWords.prompt !== prompt) promptWords = { prompt, words: [...context.exerciseIds, ...ROOT_NAMES, ...wordsOf(prompt)] };
    frameWords = promptWords.words;
    let left = rng.int(totalWeight);
    for (const [weight, name, make] of strategies) {
      left -= weight;
      if (left >= 0) continue;
      const made = make();
      return made instanceof Uint8Array ? { bytes: made, isText: false, strategy: name } : made;
    }
    throw new Error('unreachable: the weights add up to totalWeight');
  };
}

/**
 * The two ways a simulated phone reaches a server: as a real phone does on ours (HTTP join,
 * then `ParticipantSession`: the public stage and its inbox read-only, its own answers document), or, for the
 * benchmark's baseline, as one more client of a plain y-websocket relay that shares a single
 * document with everyone (stage and answers in it, nothing checked).
 */
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { ParticipantSession } from '../../sync/participant-session.ts';
import { FOLLOW_VIEW, RESULTS, STAGE, resultKey, type ExerciseState } from '../../shared/room-schema.ts';
import { publicQuestionId } from '../../kinds/vragen/public-id.ts';
import { joinWithRetry, pause } from '../../sync/join-retry.ts';
import { joinRoom } from '../../sync/room-api.ts';
import type { PhoneLink } from './simulated-phone.ts';

export type ConnectedPhone = PhoneLink & {
  isSynced(): boolean;
  /** The slide as the phone may follow it (the public stage's `view`), for the benchmark. */
  publicView(): unknown;
  /** Bytes of updates this phone received for what every phone sees (the public stage, or the relay's shared document). */
  receivedBytes(): number;
  setNickname(nickname: string): void;
  destroy(): void;
};

/**
 * A phone of our server: joins by code over HTTP like the phone page (trying again by itself
 * while the server says too many join at once: `onBusy`), then syncs both documents.
 */
export async function joinGuardedPhone(origin: string, code: string, WebSocketPolyfill: unknown, onBusy?: () => void): Promise<ConnectedPhone> {
  const seat = await joinWithRetry(() => joinRoom(origin, code), { wait: pause, random: Math.random, onBusy });
  const session = new ParticipantSession(origin, seat, WebSocketPolyfill);
  let received = 0;
  // The public stage is read-only for a phone: every update to it came from the server.
  session.docs()[0].on('update', (update: Uint8Array) => (received += update.length));
  return {
    ...linkOfSession(session),
    isSynced: () => session.isSynced,
    publicView: () => session.stage.get(FOLLOW_VIEW),
    receivedBytes: () => received,
    setNickname: (nickname) => session.setNickname(nickname),
    destroy: () => session.destroy(),
  };
}

/** What a simulated phone needs of a phone session: what it shows, and answering. */
export function linkOfSession(session: ParticipantSession): PhoneLink {
  return {
    pid: session.pid,
    current: () => session.current(),
    answer: (id, value) => session.answer(id, value),
    onChange(listener) {
      session.addEventListener('change', listener);
      return () => session.removeEventListener('change', listener);
    },
  };
}

/** The shared document's name on the plain relay; the benchmark's trainer writes its stage there. */
export const RELAY_ROOM = 'room';

/** A client of the plain relay: reads the stage from the shared document and writes its answers into it. */
export function connectRelayPhone(relayUrl: string, pid: string, WebSocketPolyfill: unknown): ConnectedPhone {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(relayUrl, RELAY_ROOM, doc, {
    disableBc: true,
    WebSocketPolyfill: WebSocketPolyfill as typeof WebSocket,
  });
  const stage = doc.getMap<unknown>(STAGE.map);
  const exercises = doc.getMap<ExerciseState>(STAGE.exercises);
  const answers = doc.getMap<{ round: number; value: unknown }>(RESULTS.answers);
  let received = 0;
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === provider) received += update.length;
  });
  /** The questions from the hall a relay phone can see: every one in the shared document (nothing is moderated there). */
  const questionsOf = (id: string, round: number) =>
    [...answers].flatMap(([key, { round: r, value }]) =>
      key.startsWith(`${id}/`) && r === round ? ((value as { questions?: { id: string }[] }).questions ?? []).map((q) => ({ id: publicQuestionId(q.id) })) : [],
    );
  return {
    pid,
    current() {
      const id = stage.get('current');
      const state = typeof id === 'string' ? exercises.get(id) : undefined;
      if (typeof id !== 'string' || !state) return null;
      const live = (state.prompt as { kind?: string }).kind === 'vragen' ? { questions: questionsOf(id, state.round) } : {};
      return { id, state, answer: answers.get(resultKey(id, pid, state.round))?.value, own: undefined, live };
    },
    answer(id, value) {
      const state = exercises.get(id);
      if (state?.status === 'open') answers.set(resultKey(id, pid, state.round), { round: state.round, value });
    },
    onChange(listener) {
      // Every phone receives every other phone's answer here (that is the relay's cost); only the stage matters to it.
      const onStage = () => listener();
      stage.observe(onStage);
      exercises.observe(onStage);
      return () => {
        stage.unobserve(onStage);
        exercises.unobserve(onStage);
      };
    },
    isSynced: () => provider.synced,
    publicView: () => stage.get(FOLLOW_VIEW),
    receivedBytes: () => received,
    setNickname: () => undefined,
    destroy: () => provider.destroy(),
  };
}

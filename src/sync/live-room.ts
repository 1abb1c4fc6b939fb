/**
 * The trainer's side of a room: the stage it writes and the results it reads. A speaker-view
 * window joins as a viewer and never writes. The deck and the moderation window each write only
 * their own keys of the stage (see `StageWriter`), and of the decks open on the room only the
 * presenting one writes (decision 0092).
 */
import type * as Y from 'yjs';
import type { AnswerEntry, BaseDefinition } from '../shared/kind/kind.ts';
import {
  isModerationMove,
  moderationEntry,
  withModeration,
  type ModerationEntry,
  type ModerationMove,
  type ModerationProgress,
} from '../shared/kind/moderation.ts';
import { modelFor } from '../kinds/registry.ts';
import { indexAnswers } from '../shared/deck/answer-index.ts';
import { resultsDocName, stageDocName } from '../shared/doc-names.ts';
import type { RemoteCommand } from '../shared/remote/commands.ts';
import type { Cue } from '../shared/remote/cue.ts';
import { REMOTE_RESULTS, REMOTE_STAGE } from '../shared/remote/schema.ts';
import { PRESENTER_KEY, isPresenter } from '../shared/presenter.ts';
import {
  RESULTS,
  STAGE,
  applyMove,
  applyStageAction,
  initialExerciseState,
  type ExerciseState,
  type Person,
  type RecordedAnswer,
  type SlidePosition,
  type StageAction,
} from '../shared/room-schema.ts';
import { connectDoc, whenSynced, type DocConnection } from './connect-doc.ts';
import { followRemoteQueues } from './remote-queues.ts';
import type { TrainerRoom } from './room-api.ts';

/**
 * Which keys of the stage a trainer's window writes (one writer per key, see room-schema.ts): the
 * deck page the slide and each exercise's state, the moderation window its moderation marks.
 * `all` is one client doing both, as tools and tests do; no page runs that way.
 */
export type StageWriter = 'deck' | 'moderation' | 'all';

export type LiveRoom = {
  code: string;
  isTrainer: boolean;
  /** Resolves when stage and results hold the server's state: write nothing before. */
  ready: Promise<void>;
  stage: Y.Map<unknown>;
  exercises: Y.Map<ExerciseState>;
  /** The moderation window's marks (STAGE.moderation); read them through `stateOf`. */
  moderation: Y.Map<ModerationEntry>;
  answers: Y.Map<RecordedAnswer>;
  people: Y.Map<Person>;
  /** Written by the server: facts the trainer must know (RESULTS.server), e.g. that it cannot store. */
  serverStatus: Y.Map<unknown>;
  /** An exercise's state as its kind reads it: the deck's, with the moderation window's marks (see withModeration). */
  stateOf(exerciseId: string): ExerciseState | undefined;
  /** The answers of one exercise's round, with their senders. */
  answersFor(exerciseId: string, round: number): AnswerEntry[];
  tallyOf(exerciseId: string): unknown;
  /** Participants online now, in joining order. */
  online(): string[];
  /** The trainer arrived at a slide; an exercise on it opens on first arrival. */
  arrive(slide: SlidePosition, exerciseId: string | null): void;
  control(exerciseId: string, action: StageAction): void;
  /** A kind's own trainer move (see ExerciseModel.move); ignored when the kind does not accept it. A moderation move goes to `moderate`. */
  move(exerciseId: string, move: unknown): void;
  /** Shows or hides texts on the projector: writes only the moderation window's key (STAGE.moderation). */
  moderate(exerciseId: string, move: ModerationMove): void;
  /** Shows or hides the names on the projector's join card (the stage's `showNames`; the deck is its one writer). */
  showNames(isShown: boolean): void;
  /** The room's active remotes (RESULTS.remotes, written by the server; decision 0086). */
  remotes: Y.Map<unknown>;
  /**
   * The deck applies its remotes' commands: each waiting command goes to `apply`, and its
   * acknowledgement is written in the same stage transaction, so it is applied once. Returns the tear-down.
   */
  followRemotes(apply: (command: RemoteCommand) => void): () => void;
  /** What the remotes show (the stage's CUE_KEY); the deck writes it. */
  setCue(cue: Cue): void;
  /**
   * Whether this window may write the deck's keys now: a deck the stage names as presenter (or,
   * while it names none, any deck), or a window given no `device` (tools, tests). Read it live:
   * another laptop taking over ends it at once, and every deck write checks it.
   */
  isPresenting(): boolean;
  /** This device takes over presenting (the stage's `presenter`); the deck that presented stops writing. */
  present(): void;
  destroy(): void;
};

export function createLiveRoom(options: {
  origin: string;
  room: TrainerRoom;
  asViewer: boolean;
  /** The keys this window writes (default `all`); a viewer writes none. */
  writer?: StageWriter;
  definitions: Record<string, BaseDefinition>;
  /**
   * The deck's device id (decision 0092): the deck's keys are then written only while the stage
   * names this device as presenter (see isPresenting). Without it the window writes as before.
   */
  device?: string;
  /** For Node tests: the `ws` WebSocket class. */
  WebSocketPolyfill?: unknown;
  now?: () => number;
}): LiveRoom {
  const { room, definitions } = options;
  const params: Record<string, string> = options.asViewer
    ? { role: 'viewer', token: room.viewerToken }
    : { role: 'trainer', secret: room.secret };
  const { origin, WebSocketPolyfill } = options;
  const connections: DocConnection[] = [
    connectDoc({ origin, docName: stageDocName(room.code), params, WebSocketPolyfill }),
    connectDoc({ origin, docName: resultsDocName(room.code), params, WebSocketPolyfill }),
  ];
  const [stageDoc, resultsDoc] = connections.map((c) => c.doc);
  const stage = stageDoc.getMap<unknown>(STAGE.map);
  const exercises = stageDoc.getMap<ExerciseState>(STAGE.exercises);
  const moderation = stageDoc.getMap<ModerationEntry>(STAGE.moderation);
  const answers = resultsDoc.getMap<RecordedAnswer>(RESULTS.answers);
  const isTrainer = !options.asViewer;
  const writer = options.writer ?? 'all';
  const mayWriteDeck = isTrainer && writer !== 'moderation';
  const { device } = options;
  const isPresenting = () => device === undefined || isPresenter(stage.get(PRESENTER_KEY), device);
  const writesDeck = () => mayWriteDeck && isPresenting();
  const writesModeration = isTrainer && writer !== 'deck';
  const stateOf = (exerciseId: string) => {
    const state = exercises.get(exerciseId);
    return state && withModeration(state, moderation.get(exerciseId));
  };

  const now = options.now ?? Date.now;
  // Countdowns: the trainer's screen locks an exercise when its time is up (viewers only watch).
  const countdowns = new Map<string, ReturnType<typeof setTimeout>>();
  const stopCountdowns = () => {
    for (const timer of countdowns.values()) clearTimeout(timer);
    countdowns.clear();
  };
  const scheduleCountdowns = () => {
    stopCountdowns();
    if (!writesDeck()) return;
    for (const [id, state] of exercises) {
      if (state.status !== 'open' || state.closesAt === undefined) continue;
      const closesAt = state.closesAt;
      countdowns.set(
        id,
        setTimeout(() => {
          if (exercises.get(id)?.closesAt === closesAt) room_.control(id, 'lock');
        }, Math.max(0, closesAt - now())),
      );
    }
  };
  exercises.observe(scheduleCountdowns);

  const people = resultsDoc.getMap<Person>(RESULTS.people);
  const answerIndex = indexAnswers(answers);
  const answersFor = (exerciseId: string, round: number): AnswerEntry[] => answerIndex.answersFor(exerciseId, round);
  const modelOf = (exerciseId: string) => {
    const definition = definitions[exerciseId];
    return { definition, model: modelFor(definition.kind)! };
  };
  const tallyOf = (exerciseId: string) => {
    const { definition, model } = modelOf(exerciseId);
    const state = stateOf(exerciseId);
    return model.tally(definition, state ? answersFor(exerciseId, state.round) : [], state?.progress);
  };
  const revealPayloadOf = (exerciseId: string) => {
    const { definition, model } = modelOf(exerciseId);
    return model.toReveal(definition, tallyOf(exerciseId), stateOf(exerciseId)?.progress);
  };

  // What phones see at the reveal includes the shown texts, and the deck writes the reveal: when
  // the moderation window shows or hides a text after it, the deck brings its reveal up to date
  // (not before both documents hold the server's state: the tally would miss answers).
  let isReady = false;
  const refreshReveals = (event: Y.YMapEvent<ModerationEntry>) => {
    if (!writesDeck() || !isReady) return;
    stageDoc.transact(() => {
      for (const id of event.keysChanged) {
        const written = exercises.get(id);
        if (written?.status !== 'revealed' || !definitions[id]) continue;
        const reveal = revealPayloadOf(id);
        if (JSON.stringify(reveal) !== JSON.stringify(written.reveal)) exercises.set(id, { ...written, reveal });
      }
    });
  };
  moderation.observe(refreshReveals);
  const online = () =>
    [...people.entries()]
      .filter(([, person]) => person.online)
      .sort(([a, pa], [b, pb]) => pa.joinedAt - pb.joinedAt || a.localeCompare(b))
      .map(([pid]) => pid);
  const joinedOnline = () => [...people.entries()].filter(([, person]) => person.joinedOnline === true).map(([pid]) => pid);

  const room_: LiveRoom = {
    code: room.code,
    isTrainer,
    ready: Promise.all(connections.map(whenSynced)).then(() => void (isReady = true)),
    stage,
    exercises,
    moderation,
    answers,
    people,
    serverStatus: resultsDoc.getMap<unknown>(RESULTS.server),
    stateOf,
    answersFor,
    tallyOf,
    online,
    arrive(slide, exerciseId) {
      if (!writesDeck()) return;
      stageDoc.transact(() => {
        stage.set('deck', room.deck);
        stage.set('slide', slide);
        stage.set('current', exerciseId);
        if (exerciseId && !exercises.has(exerciseId)) {
          const { definition, model } = modelOf(exerciseId);
          const prompt = model.toPrompt(definition, undefined);
          exercises.set(exerciseId, initialExerciseState(prompt, now(), definition.seconds));
        }
      });
    },
    control(exerciseId: string, action: StageAction) {
      const state = exercises.get(exerciseId);
      if (!writesDeck() || !state) return;
      const { definition, model } = modelOf(exerciseId);
      exercises.set(
        exerciseId,
        applyStageAction(state, action, {
          revealPayload: () => revealPayloadOf(exerciseId),
          firstPrompt: () => model.toPrompt(definition, undefined),
          now: now(),
          seconds: definition.seconds,
        }),
      );
    },
    move(exerciseId: string, move: unknown) {
      if (isModerationMove(move)) return room_.moderate(exerciseId, move);
      const state = exercises.get(exerciseId);
      if (!writesDeck() || !state) return;
      const { definition, model } = modelOf(exerciseId);
      const result = model.move?.(definition, state.progress, move, { answers: answersFor(exerciseId, state.round), online: online(), joinedOnline: joinedOnline() });
      if (!result) return;
      const nextRound = result.round === 'next' ? state.round + 1 : state.round;
      exercises.set(
        exerciseId,
        applyMove(state, result, {
          prompt: model.toPrompt(definition, result.progress),
          revealPayload: () => model.toReveal(definition, model.tally(definition, answersFor(exerciseId, nextRound), result.progress), result.progress),
          now: now(),
          seconds: definition.seconds,
        }),
      );
    },
    moderate(exerciseId: string, move: ModerationMove) {
      const state = stateOf(exerciseId);
      if (!writesModeration || !state) return;
      const { definition, model } = modelOf(exerciseId);
      const result = model.move?.(definition, state.progress, move, { answers: answersFor(exerciseId, state.round), online: online(), joinedOnline: joinedOnline() });
      if (result) moderation.set(exerciseId, moderationEntry(state.round, result.progress as ModerationProgress));
    },
    showNames(isShown) {
      if (writesDeck()) stage.set('showNames', isShown);
    },
    remotes: resultsDoc.getMap<unknown>(REMOTE_RESULTS.remotes),
    followRemotes(apply) {
      if (!mayWriteDeck) return () => {};
      const acks = stageDoc.getMap<number>(REMOTE_STAGE.acks);
      return followRemoteQueues({
        origin, code: room.code, params, remotes: room_.remotes, acks, WebSocketPolyfill,
        // A deck that no longer presents leaves the commands to the one that does, unacknowledged.
        apply: (remote, commands, last) => {
          if (!writesDeck()) return;
          stageDoc.transact(() => {
            for (const command of commands) apply(command);
            acks.set(remote, last);
          });
        },
      });
    },
    setCue(cue) {
      if (writesDeck()) stage.set(REMOTE_STAGE.cue, cue);
    },
    isPresenting,
    present() {
      if (mayWriteDeck && device !== undefined) stage.set(PRESENTER_KEY, device);
    },
    destroy() {
      stopCountdowns();
      exercises.unobserve(scheduleCountdowns);
      moderation.unobserve(refreshReveals);
      answerIndex.destroy();
      for (const connection of connections) connection.destroy();
    },
  };
  return room_;
}

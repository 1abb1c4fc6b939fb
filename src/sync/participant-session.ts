/**
 * A phone's live connection: it reads the public stage and its own inbox (both written by the
 * server: the trainer's stage without anything private, and what is this phone's alone, such as
 * its role card) and writes its own answers document, which it also keeps on the device (see
 * local-copy.ts) so offline answers survive a reload.
 * When the server refuses an answer (e.g. the trainer locked just before it arrived), the phone
 * drops its unsent change, and its stored copy, and resyncs a fresh copy of its document
 * instead of staying cut off.
 */
import type * as Y from 'yjs';
import { CLOSE_CODE } from '../shared/close-codes.ts';
import { inboxDocName, participantDocName, publicStageDocName } from '../shared/doc-names.ts';
import { INBOX, PARTICIPANT, STAGE, cleanNickname, talliesOf, type ExerciseState, type ParticipantAnswer } from '../shared/room-schema.ts';
import { connectDoc, whenSynced, type DocConnection } from './connect-doc.ts';
import type { ParticipantSeat } from './room-api.ts';
import type { KeepLocally, LocalCopy } from './local-copy.ts';
import { answersStillOpen } from './still-open.ts';

/**
 * The exercise on the phone: its public state, this phone's answer in the current round, its own
 * part (from its inbox) and what the server publishes from everyone's answers (`live`, by part).
 */
export type PhoneExercise = { id: string; state: ExerciseState; answer: unknown; own: unknown; live: Record<string, unknown> };

export class ParticipantSession extends EventTarget {
  readonly stage: Y.Map<unknown>;
  readonly exercises: Y.Map<ExerciseState>;
  /** Exercise id → what this phone alone may see of it. */
  readonly inbox: Y.Map<unknown>;
  private readonly stageConnection: DocConnection;
  private readonly inboxConnection: DocConnection;
  private own!: DocConnection;
  private localCopy: LocalCopy | null = null;
  private readonly params: Record<string, string>;
  /** The server closed its sockets for good: the trainer removed this participant, or deleted the room (then `isRoomGone`). */
  isRemoved = false;
  /** The trainer deleted the room or its leergang (close code 4404): the phone says the session no longer exists. */
  isRoomGone = false;

  constructor(
    private readonly origin: string,
    private readonly seat: ParticipantSeat,
    private readonly WebSocketPolyfill?: unknown,
    private readonly keepLocally: KeepLocally = () => null,
  ) {
    super();
    this.params = { role: 'participant', pid: seat.pid, token: seat.token };
    this.stageConnection = connectDoc({ origin, docName: publicStageDocName(seat.code), params: this.params, WebSocketPolyfill });
    this.inboxConnection = connectDoc({ origin, docName: inboxDocName(seat.code, seat.pid), params: this.params, WebSocketPolyfill });
    this.stage = this.stageConnection.doc.getMap(STAGE.map);
    this.exercises = this.stageConnection.doc.getMap(STAGE.exercises);
    this.inbox = this.inboxConnection.doc.getMap(INBOX.own);
    for (const { doc, provider } of [this.stageConnection, this.inboxConnection]) {
      doc.on('update', () => this.changed());
      provider.on('status', () => this.changed());
      provider.on('closed', ({ code }) => this.closedForGood(code));
    }
    this.connectOwn();
  }

  get pid(): string {
    return this.seat.pid;
  }

  get answers(): Y.Map<ParticipantAnswer> {
    return this.own.doc.getMap(PARTICIPANT.answers);
  }

  get isConnected(): boolean {
    return this.connections().every((connection) => connection.provider.wsconnected);
  }

  /** Connected and holding the server's state of every document. */
  get isSynced(): boolean {
    return this.connections().every((connection) => connection.provider.synced);
  }

  /** The exercise the trainer is on, or null while the trainer is elsewhere. */
  current(): PhoneExercise | null {
    const id = this.stage.get('current');
    const state = typeof id === 'string' ? this.exercises.get(id) : undefined;
    if (typeof id !== 'string' || !state) return null;
    const mine = this.answers.get(id);
    const live = this.stageConnection.doc.getMap(talliesOf(id)).toJSON();
    return { id, state, answer: mine && mine.round === state.round ? mine.value : undefined, own: this.inbox.get(id), live };
  }

  answer(exerciseId: string, value: unknown): void {
    const state = this.exercises.get(exerciseId);
    if (state?.status !== 'open') return;
    this.answers.set(exerciseId, { round: state.round, value });
  }

  /** Every document this phone syncs (for tests that check what a phone holds). */
  docs(): Y.Doc[] {
    return this.connections().map((connection) => connection.doc);
  }

  /** Sets what was typed as the nickname, cleaned first: the server refuses (and cuts off) a nickname that is not. */
  setNickname(typed: string): void {
    this.own.doc.getMap(PARTICIPANT.profile).set('nickname', cleanNickname(typed));
  }

  destroy(): void {
    for (const connection of this.connections()) connection.destroy();
  }

  private connections(): DocConnection[] {
    return [this.stageConnection, this.inboxConnection, this.own];
  }

  private connectOwn(): void {
    const docName = participantDocName(this.seat.code, this.seat.pid);
    this.own = connectDoc({ origin: this.origin, docName, params: this.params, WebSocketPolyfill: this.WebSocketPolyfill });
    this.localCopy = this.keepLocally(docName, this.own.doc);
    this.own.doc.on('update', () => this.changed());
    this.own.provider.on('status', () => this.changed());
    this.own.provider.on('closed', async ({ code }) => {
      this.closedForGood(code);
      if (code !== CLOSE_CODE.notOpen) return;
      // Answers given offline travel together: those still open are sent again after the resync.
      const unsent = [...this.answers.entries()];
      this.own.destroy();
      // The refused change is in the stored copy too: forget it before a fresh copy is stored.
      await this.localCopy?.clear();
      this.connectOwn();
      void this.resendStillOpen(unsent);
      this.changed();
    });
  }

  private async resendStillOpen(unsent: [string, ParticipantAnswer][]): Promise<void> {
    const own = this.own;
    // The stage must be the server's current one: it says what the trainer closed meanwhile.
    await Promise.all([whenSynced(this.stageConnection), whenSynced(own)]);
    if (own !== this.own) return;
    const again = answersStillOpen(unsent, (id) => this.exercises.get(id), (id) => this.answers.get(id));
    own.doc.transact(() => {
      for (const [id, answer] of again) this.answers.set(id, answer);
    });
  }

  private closedForGood(code: number): void {
    if ((code !== CLOSE_CODE.removed && code !== CLOSE_CODE.roomGone) || this.isRemoved) return;
    this.isRemoved = true;
    this.isRoomGone = code === CLOSE_CODE.roomGone;
    this.changed();
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}

/**
 * <mw-moderation-app>: the trainer's moderation window. It follows the exercise on the stage and
 * lists the incoming answers of an open question (or the rewrites of a feedback drill) with the
 * sender's name, each with a button that puts it on the projector or takes it off.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LiveRoom } from '../../sync/live-room.ts';
import type { BaseDefinition } from '../../shared/kind/kind.ts';
import { shownMarks, type ModerationMove } from '../../shared/kind/moderation.ts';
import { formatJoinCode } from '../../shared/join-code.ts';
import { parseResultKey, type ExerciseState } from '../../shared/room-schema.ts';
import { YMapController } from '../lib/y-map-controller.ts';
import { hasSeveralTexts, moderatedQuestion, moderatedTextsReader, type ModeratedText } from './moderated-kinds.ts';
import './mw-participant-list.ts';
import './mw-remote-links.ts';
import type { TrainerRoom } from '../../sync/room-api.ts';

type Item = { pid: string; name: string; text: string; hash: string; at: number; isShown: boolean; wasChanged: boolean };
const STATUS_TEXT = { open: 'open', locked: 'vergrendeld', revealed: 'gedeeld met de telefoons' } as const;

@customElement('mw-moderation-app')
export class MwModerationApp extends LitElement {
  @property({ attribute: false }) room?: LiveRoom;
  @property({ attribute: false }) definitions: Record<string, BaseDefinition> = {};
  @property() deckTitle = '';
  /** Why the window cannot work (no room in this browser, unknown deck…). */
  @property() problem = '';
  /** Removes a participant and its answers (the window's start-up passes in the call with the room's secret). */
  @property({ attribute: false }) removeParticipant?: (pid: string) => Promise<void>;
  /** The room's code and secret, for making and revoking the trainer's remotes (decision 0086). */
  @property({ attribute: false }) trainerRoom?: Pick<TrainerRoom, 'code' | 'secret'>;
  /** The link for online participants (decision 0089), shown beside the participant list's counts. */
  @property() onlineUrl = '';

  private readonly live = new YMapController(this, () =>
    this.room ? [this.room.stage, this.room.exercises, this.room.moderation, this.room.answers, this.room.people] : [],
  );

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('room')) this.live.refresh();
  }

  /** `isOneText`: one text per answer, so an approval of the same sender with another hash means the text changed. */
  private items(id: string, state: ExerciseState, textsOf: (value: unknown) => ModeratedText[], isOneText: boolean): Item[] {
    const room = this.room!;
    const marks = shownMarks(state.progress);
    const items: Item[] = [];
    for (const [key, answer] of room.answers) {
      const { exerciseId, pid } = parseResultKey(key);
      if (exerciseId !== id || answer.round !== state.round) continue;
      const name = room.people.get(pid)?.nickname?.trim() || 'anoniem';
      for (const { text, hash } of textsOf(answer.value)) {
        const shown = marks.some((m) => m.pid === pid && m.hash === hash);
        items.push({ pid, name, text, hash, at: answer.at, isShown: shown, wasChanged: isOneText && !shown && marks.some((m) => m.pid === pid) });
      }
    }
    // Arrival order, oldest first: a new answer lands at the bottom and never shifts the button under the cursor.
    return items.sort((a, b) => a.at - b.at || a.pid.localeCompare(b.pid));
  }

  private move(id: string, move: ModerationMove) {
    this.room?.moderate(id, move);
  }

  override render() {
    return html`
      <header>
        <h1>Modereren</h1>
        <p class="where">${this.deckTitle}${this.room ? html` · groep ${formatJoinCode(this.room.code)}` : nothing}</p>
      </header>
      <main>${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : this.room ? this.renderRoom() : html`<p role="status">Verbinden…</p>`}</main>
    `;
  }

  private renderRoom() {
    return html`<mw-remote-links .room=${this.trainerRoom} .remotes=${this.room!.remotes}></mw-remote-links>
      ${this.renderCurrent()}<mw-participant-list .room=${this.room} .onlineUrl=${this.onlineUrl}
        .removeParticipant=${this.removeParticipant}></mw-participant-list>`;
  }

  private renderCurrent() {
    const id = this.room!.stage.get('current');
    const definition = typeof id === 'string' ? this.definitions[id] : undefined;
    const state = typeof id === 'string' ? this.room!.stateOf(id) : undefined;
    const textsOf = moderatedTextsReader(definition);
    if (!definition || !state || !textsOf) {
      return html`<p class="idle" role="status">
        Op de dia van nu staat geen open vraag of herschrijfoefening. Dit venster volgt het deck: ga daar naar zo'n dia.
      </p>`;
    }
    const items = this.items(definition.id, state, textsOf, !hasSeveralTexts(definition));
    const shown = items.filter((item) => item.isShown).length;
    return html`
      <section aria-labelledby="question">
        <h2 id="question">${moderatedQuestion(definition)}</h2>
        <p class="summary" role="status" data-total=${items.length} data-shown=${shown}>
          ${items.length} ${items.length === 1 ? 'antwoord' : 'antwoorden'}, ${shown} getoond · ${STATUS_TEXT[state.status]}
        </p>
        <div class="bulk">
          <button type="button" data-move="show-all" ?disabled=${shown === items.length} @click=${() => this.move(definition.id, { type: 'show-all' })}>
            Toon alles
          </button>
          <button type="button" data-move="hide-all" ?disabled=${shown === 0} @click=${() => this.move(definition.id, { type: 'hide-all' })}>
            Verberg alles
          </button>
        </div>
        ${items.length === 0
          ? html`<p class="idle">Nog geen antwoorden. Ze verschijnen hier zodra ze binnenkomen; de zaal ziet ze pas als je op Toon klikt.</p>`
          : html`<ul class="items">
              ${items.map(
                (item) => html`<li class=${item.isShown ? 'shown' : ''} data-pid=${item.pid} data-hash=${item.hash}>
                  <div class="answer">
                    <bdi class="name">${item.name}</bdi>
                    ${item.wasChanged ? html`<span class="changed">gewijzigd na tonen</span>` : nothing}
                    <p class="text" id="text-${item.pid}-${item.hash}">${item.text}</p>
                  </div>
                  <span class="state">${item.isShown ? 'op het scherm' : 'verborgen'}</span>
                  <button type="button" class=${item.isShown ? 'hide' : 'show'} aria-describedby="text-${item.pid}-${item.hash}"
                    @click=${() => this.move(definition.id, { type: item.isShown ? 'hide' : 'show', pid: item.pid, hash: item.hash })}>
                    ${item.isShown ? 'Verberg' : 'Toon'}
                  </button>
                </li>`,
              )}
            </ul>`}
      </section>
    `;
  }

  static override styles = css`
    :host { display: block; font-family: var(--mw-font); color: var(--mw-text); background: var(--mw-bg); min-height: 100vh; }
    header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 16px; padding: 12px 24px;
      background: var(--mw-accent); color: var(--mw-on-accent); }
    h1 { font-size: 24px; margin: 0; }
    .where { margin: 0; font-size: 18px; }
    main { max-width: 900px; margin: 0 auto; padding: 16px 24px 40px; }
    h2 { font-size: 24px; line-height: 1.3; margin: 8px 0; }
    .summary { font-size: 18px; font-weight: 600; margin: 0 0 12px; }
    .bulk { display: flex; gap: 10px; margin-bottom: 16px; }
    button { min-height: 44px; padding: 6px 16px; font: inherit; font-size: 18px; font-weight: 600; cursor: pointer;
      border: 2px solid var(--mw-accent); border-radius: 10px; background: var(--mw-surface); color: var(--mw-accent); }
    button:hover:not([disabled]), button.show { background: var(--mw-accent); color: var(--mw-on-accent); }
    button:focus-visible { outline: 3px solid var(--mw-text); outline-offset: 2px; }
    button[disabled] { opacity: 0.4; cursor: default; }
    .items { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
    li { display: grid; grid-template-columns: 1fr auto auto; align-items: center; gap: 14px; padding: 10px 14px;
      border: 2px solid var(--mw-border); border-radius: var(--mw-radius); background: var(--mw-surface); }
    li.shown { border-color: var(--mw-correct); background: var(--mw-correct-soft); }
    .name { font-size: 15px; font-weight: 700; color: var(--mw-muted); overflow-wrap: anywhere; }
    .changed { margin-left: 8px; font-size: 14px; font-weight: 700; padding: 1px 6px; border-radius: 6px; background: var(--mw-warn-soft); }
    .text { margin: 2px 0 0; font-size: 19px; line-height: 1.35; overflow-wrap: anywhere; }
    .state { font-size: 15px; color: var(--mw-muted); white-space: nowrap; }
    li.shown .state { color: var(--mw-correct); font-weight: 700; }
    /* A co-trainer moderating on a phone: the text gets the whole width, state and button go below it. */
    @media (max-width: 560px) {
      li { grid-template-columns: 1fr auto; }
      .answer { grid-column: 1 / -1; }
    }
    .idle, .problem { font-size: 18px; color: var(--mw-muted); }
    .problem { color: var(--mw-wrong); font-weight: 600; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-moderation-app': MwModerationApp;
  }
}

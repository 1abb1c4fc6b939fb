/**
 * <mw-remote-app>: the trainer's phone as remote (decision 0086). It shows what the trainer needs
 * while walking around: the slide on screen and the next, the clock and the slide's time, the
 * exercise's state with big buttons (open, lock, reveal, reset and the kind's own moves), the notes
 * with the debrief prompts that apply now, and previous/next in the thumb's reach. A press is a
 * command the deck applies; until it has, the button's row says "verstuurd".
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatJoinCode } from '../../shared/join-code.ts';
import type { Cue } from '../../shared/remote/cue.ts';
import { REMOTE_STAGE } from '../../shared/remote/schema.ts';
import type { ExerciseStatus, StageAction } from '../../shared/room-schema.ts';
import type { RemotePress, RemoteSession } from '../../sync/remote-session.ts';
import { YMapController } from '../lib/y-map-controller.ts';
import { readStored, writeStored } from '../lib/stored-json.ts';

/** The notes' text size the trainer chose on this phone, kept for the next session. */
const TEXT_SIZE_KEY = 'mw-remote-text';

const STATUS_TEXT: Record<ExerciseStatus, string> = { open: 'Open: telefoons kunnen antwoorden', locked: 'Vergrendeld', revealed: 'Antwoord getoond' };
const ACTIONS: { action: StageAction; label: string; isEnabled: (status: ExerciseStatus) => boolean }[] = [
  { action: 'open', label: 'Open', isEnabled: (status) => status !== 'open' },
  { action: 'lock', label: 'Vergrendel', isEnabled: (status) => status === 'open' },
  { action: 'reveal', label: 'Toon antwoord', isEnabled: (status) => status !== 'revealed' },
  { action: 'reset', label: 'Opnieuw', isEnabled: () => true },
];

/** m:ss, or h:mm:ss from an hour. */
function duration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

@customElement('mw-remote-app')
export class MwRemoteApp extends LitElement {
  @property({ attribute: false }) session?: RemoteSession;
  /** The room's join code, shown so the trainer sees which group this remote drives. */
  @property() code = '';
  /** Why the remote does not work (revoked, no connection). */
  @property() problem = '';
  /** The phone's clock minus the laptop's, measured when a cue arrives (the cue's times are the laptop's). */
  @state() private skew = 0;
  @state() private now = Date.now();
  /** The last command pressed, until the deck has done it. */
  @state() private pending: number | null = null;
  /** Larger notes for reading at arm's length, remembered on this phone. */
  @state() private isLargeText = readStored<boolean>(localStorage, TEXT_SIZE_KEY) === true;
  private ticker?: ReturnType<typeof setInterval>;
  private lastCueAt = 0;

  private readonly live = new YMapController(this, () => (this.session ? [this.session.stage, this.session.exercises, this.session.acks] : []));

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => (this.now = Date.now()), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('session')) this.live.refresh();
    const cue = this.cue;
    if (cue && cue.at !== this.lastCueAt) {
      this.lastCueAt = cue.at;
      this.skew = Date.now() - cue.at;
    }
    if (this.pending !== null && this.session?.isDone(this.pending)) this.pending = null;
  }

  private get cue(): Cue | undefined {
    return this.session?.stage.get(REMOTE_STAGE.cue) as Cue | undefined;
  }

  private press(command: RemotePress) {
    if (!this.session) return;
    this.pending = this.session.press(command);
  }

  override render() {
    if (this.problem) return html`<main><p class="problem" role="alert">${this.problem}</p></main>`;
    const cue = this.cue;
    if (!this.session || !cue) {
      return html`<main><p class="wait" role="status">${this.session ? 'Wacht op het deck: open het deck op de laptop.' : 'Verbinden…'}</p></main>`;
    }
    const laptopNow = this.now - this.skew;
    const onSlide = laptopNow - cue.slideShownAt;
    const isOver = cue.minutes !== null && cue.minutes > 0 && onSlide > cue.minutes * 60_000;
    return html`
      <header>
        <span class="position">Dia ${cue.position.index}/${cue.position.total}</span>
        <span class="clock" aria-label="Klok">${new Date(this.now).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' })}</span>
        <span class="session">sessie ${duration(laptopNow - cue.startedAt)}</span>
      </header>
      <main>
        <h1 class="title">${cue.title}</h1>
        <p class="next">Hierna: ${cue.next ?? 'einde van het deck'}</p>
        <p class="time ${isOver ? 'over' : ''}" data-over=${isOver}>
          ${cue.minutes !== null ? html`<strong>Tijd: ${cue.minutes === 0 ? '—' : `${cue.minutes} min`}</strong> · ` : nothing}op deze dia ${duration(onSlide)}
        </p>
        ${cue.exercise ? this.renderExercise(cue) : nothing}
        ${this.renderNotes(cue)}
        <p class="group">Afstandsbediening van groep ${formatJoinCode(this.code)}</p>
      </main>
      <nav class="slides" aria-label="Dia's">
        <button type="button" class="prev" data-command="prev" @click=${() => this.press({ command: 'prev' })}>◀ Vorige</button>
        <button type="button" class="next" data-command="next" @click=${() => this.press({ command: 'next' })}>Volgende ▶</button>
      </nav>
      <p class="sent" role="status">${this.pending !== null ? 'Verstuurd…' : ''}</p>
    `;
  }

  private renderExercise(cue: Cue) {
    const exercise = cue.exercise!;
    const status = this.session!.exercises.get(exercise.id)?.status;
    if (!status) return nothing;
    return html`<section class="exercise" aria-label="Oefening" data-status=${status}>
      <p class="status">${STATUS_TEXT[status]}</p>
      <div class="actions">
        ${ACTIONS.map(
          ({ action, label, isEnabled }) => html`<button type="button" data-command=${action} ?disabled=${!isEnabled(status)}
            @click=${() => this.press({ command: action, exercise: exercise.id })}>${label}</button>`,
        )}
      </div>
      ${cue.moves.length > 0
        ? html`<div class="moves">
            ${cue.moves.map(
              (move) => html`<button type="button" data-move=${move.name} ?disabled=${!move.isEnabled}
                @click=${() => this.press({ command: 'move', exercise: exercise.id, move: move.name })}>${move.label}</button>`,
            )}
          </div>`
        : nothing}
    </section>`;
  }

  private renderNotes(cue: Cue) {
    const applying = cue.notes.filter((note) => note.kind === 'prompt' && note.applies);
    const rest = cue.notes.filter((note) => !(note.kind === 'prompt' && note.applies));
    if (cue.notes.length === 0) return html`<p class="no-notes">Geen notities bij deze dia.</p>`;
    const toggle = () => {
      this.isLargeText = !this.isLargeText;
      writeStored(localStorage, TEXT_SIZE_KEY, this.isLargeText);
    };
    return html`<section class="notes ${this.isLargeText ? 'large' : ''}" aria-labelledby="notes-title">
      <div class="notes-head">
        <h2 id="notes-title">Notities</h2>
        <button type="button" class="text-size" aria-pressed=${this.isLargeText} @click=${toggle}>${this.isLargeText ? 'Tekst kleiner' : 'Tekst groter'}</button>
      </div>
      ${applying.map((note) => html`<p class="applies" role="status"><span class="tag">Nu</span> ${note.text}</p>`)}
      ${rest.map((note) => html`<p class="note ${note.kind}">${note.text}</p>`)}
    </section>`;
  }

  static override styles = css`
    :host { display: flex; flex-direction: column; min-height: 100dvh; font-family: var(--mw-font); color: var(--mw-text); background: var(--mw-bg); }
    header { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; padding: 10px 16px; white-space: nowrap;
      background: var(--mw-accent); color: var(--mw-on-accent); font-size: 17px; font-variant-numeric: tabular-nums; }
    .clock { font-size: 22px; font-weight: 700; }
    main { flex: 1; padding: 12px 16px 150px; }
    .title { font-size: 26px; line-height: 1.2; margin: 4px 0 4px; }
    .next { margin: 0 0 8px; color: var(--mw-muted); font-size: 18px; }
    .time { margin: 0 0 12px; font-size: 18px; font-variant-numeric: tabular-nums; }
    .time.over { color: var(--mw-wrong); font-weight: 700; }
    .exercise { border: 2px solid var(--mw-accent); border-radius: var(--mw-radius); padding: 10px; margin-bottom: 14px; background: var(--mw-surface); }
    .status { margin: 0 0 8px; font-weight: 700; font-size: 18px; }
    .actions, .moves { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
    .moves { margin-top: 8px; }
    button { font: inherit; font-size: 20px; font-weight: 700; min-height: 56px; border-radius: 12px; border: 2px solid var(--mw-accent);
      background: var(--mw-surface); color: var(--mw-accent); padding: 6px 10px; touch-action: manipulation; }
    button:active { background: var(--mw-accent-soft); }
    button:disabled { border-color: var(--mw-border); color: var(--mw-muted); background: var(--mw-bg); }
    button:focus-visible { outline: 4px solid var(--mw-text); outline-offset: 2px; }
    .moves button { font-size: 17px; min-height: 52px; }
    .notes { font-size: 18px; line-height: 1.45; }
    .note { margin: 0 0 8px; }
    .notes.large { font-size: 22px; }
    .notes-head { display: flex; justify-content: space-between; align-items: center; margin-bottom: 8px; }
    h2 { font-size: 18px; margin: 0; color: var(--mw-muted); text-transform: uppercase; letter-spacing: 0.04em; }
    .text-size { min-height: 44px; font-size: 16px; }
    .group { color: var(--mw-muted); font-size: 15px; margin-top: 18px; }
    .note.item { padding-left: 16px; position: relative; }
    .note.item::before { content: '•'; position: absolute; left: 2px; }
    .note.prompt { color: var(--mw-muted); padding-left: 16px; }
    .applies { margin: 0 0 10px; padding: 8px 10px; background: var(--mw-warn-soft); border-left: 6px solid var(--mw-accent); font-weight: 700; border-radius: 0 8px 8px 0; }
    .tag { display: inline-block; background: var(--mw-accent); color: var(--mw-on-accent); border-radius: 6px; padding: 0 6px; margin-right: 4px; font-size: 15px; }
    nav.slides { position: fixed; left: 0; right: 0; bottom: 0; display: grid; grid-template-columns: 1fr 1.4fr; gap: 10px;
      padding: 10px 12px calc(10px + env(safe-area-inset-bottom)); background: var(--mw-bg); border-top: 2px solid var(--mw-border); }
    nav.slides button { min-height: 76px; font-size: 24px; }
    nav.slides .next { background: var(--mw-accent); color: var(--mw-on-accent); }
    .sent { position: fixed; bottom: 104px; right: 14px; margin: 0; font-size: 15px; color: var(--mw-muted); }
    .problem, .wait, .no-notes { font-size: 20px; }
    .problem { color: var(--mw-wrong); font-weight: 700; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-remote-app': MwRemoteApp;
  }
}

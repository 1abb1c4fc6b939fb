/** <mw-join-app>: the participant's phone page: code → optional name → the live exercise. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { renderPhoneView } from '../../kinds/views/phone-views.ts';
import { formatJoinCode, normalizeJoinCode } from '../../shared/join-code.ts';
import { FOLLOW_VIEW, NICKNAME_MAX_LENGTH, cleanNickname, isShowingNames } from '../../shared/room-schema.ts';
import { joinWithRetry, pause } from '../../sync/join-retry.ts';
import { ApiError, joinRoom, type Membership } from '../../sync/room-api.ts';
import { keepInIndexedDb } from '../../sync/local-copy.ts';
import { ParticipantSession } from '../../sync/participant-session.ts';
import { identityOf } from './memberships.ts';
import { recallSeat, rememberSeat } from './seats.ts';

type Step = 'code' | 'member' | 'name' | 'live';

@customElement('mw-join-app')
export class MwJoinApp extends LitElement {
  @property() origin = location.origin;
  @property() initialCode = '';
  /** The key that came with the link's code (`k=`); sent only when joining with that same code. */
  @property() joinKey = '';
  /** The member asked to delete their own data (Mijn leergang): the server then closes this phone's sockets. */
  @state() private isLeaving = false;
  /** Came through the link for a video call's chat (`&online`, decision 0089). */
  online = false;
  @state() private isFollowing = false;
  @state() private step: Step = 'code';
  @state() private error = '';
  /** While the server is busy letting a hall in: the phone waits and tries again by itself. */
  @state() private notice = '';
  @state() private isBusy = false;
  private code = '';
  /** A leergang's welcome for a new member: its group, the personal code to write down, how long the data are kept. */
  private welcome: Membership | null = null;
  /** Where a new member goes after its welcome: the name step, or straight to the session. */
  private afterWelcome: Step = 'name';
  private session?: ParticipantSession;
  private readonly rerender = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    this.isFollowing = isFollowingSlides(this.online);
    const code = normalizeJoinCode(this.initialCode);
    if (code) void this.enter(code);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.session?.removeEventListener('change', this.rerender);
    this.session?.destroy();
  }

  private async enter(code: string, personalCode = '') {
    this.code = code;
    this.error = '';
    const stored = recallSeat(localStorage, code);
    if (stored) return this.goLive(stored.hasChosenName || stored.askNames === false ? 'live' : 'name');
    this.isBusy = true;
    try {
      const identity = identityOf(localStorage, personalCode);
      const seat = await joinWithRetry(() => joinRoom(this.origin, code, this.keyFor(code), { ...identity, online: this.online }), {
        wait: pause,
        random: Math.random,
        onBusy: () => (this.notice = 'Te veel aanmeldingen tegelijk. Je telefoon probeert het zo vanzelf opnieuw…'),
      });
      rememberSeat(localStorage, { ...seat, hasChosenName: false });
      const next = seat.askNames === false ? 'live' : 'name';
      if (!seat.member?.personalCode) return this.goLive(next);
      // A new member of a leergang first sees its personal code (goLive loads that view).
      this.welcome = seat.member;
      this.afterWelcome = next;
      this.goLive('member');
    } catch (error) {
      this.error =
        error instanceof ApiError && error.status === 404 && personalCode
          ? error.message
          : error instanceof ApiError && error.status === 404
          ? 'Deze code kennen we niet. Kijk nog eens op het scherm.'
          : error instanceof ApiError && error.status === 409
            ? 'Deze sessie is vol. Vraag de trainer.'
            : error instanceof ApiError && error.status === 429
              ? 'Te veel aanmeldingen tegelijk. Wacht even en probeer het opnieuw.'
              : 'Geen verbinding met de trainer. Zit je op hetzelfde wifi-netwerk?';
      this.step = 'code';
    } finally {
      this.isBusy = false;
      this.notice = '';
    }
  }

  private async goLive(step: Step) {
    const seat = recallSeat(localStorage, this.code)!;
    // A leergang's session (loaded only then): the phone keeps its membership, and the member's own
    // history is provided before any view looks for it.
    if (seat.member) await import('./member-session.ts').then((m) => m.default(this, seat.member!, this.origin), () => {});
    this.session = new ParticipantSession(this.origin, seat, undefined, keepInIndexedDb);
    this.session.addEventListener('change', this.rerender);
    this.step = step;
    const key = this.keyFor(this.code);
    history.replaceState(null, '', key ? `?code=${this.code}&k=${encodeURIComponent(key)}` : `?code=${this.code}`);
  }

  private keyFor(code: string): string | undefined {
    return this.joinKey && code === normalizeJoinCode(this.initialCode) ? this.joinKey : undefined;
  }

  private submitCode(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const code = normalizeJoinCode(String(form.get('code') ?? ''));
    if (!code) this.error = 'Een code heeft 6 tekens, bijvoorbeeld ABC 234.';
    else void this.enter(code, String(form.get('personal') ?? ''));
  }

  private submitName(event: SubmitEvent) {
    event.preventDefault();
    const name = cleanNickname(String(new FormData(event.target as HTMLFormElement).get('nickname') ?? ''));
    if (name) this.session!.setNickname(name);
    rememberSeat(localStorage, { ...recallSeat(localStorage, this.code)!, hasChosenName: true });
    this.step = 'live';
  }

  override render() {
    return html`
      <header>
        <span class="brand">Mentorwijs</span>
        ${this.code ? html`<span class="room">${formatJoinCode(this.code)}</span>` : nothing}
        ${this.session && !this.session.isRemoved
          ? html`<span class="link ${this.session.isConnected ? 'up' : 'down'}" role="status">
              ${this.session.isConnected ? 'verbonden' : 'geen verbinding — je antwoorden worden bewaard'}
            </span>`
          : nothing}
      </header>
      <main @leergang-deleting=${() => (this.isLeaving = true)}>${this.renderStep()}</main>
    `;
  }

  private renderStep() {
    if (this.session?.isRemoved) return this.renderRemoved();
    if (this.step === 'member' && this.welcome) {
      return html`<mw-member-welcome .member=${this.welcome}
        @done=${() => (this.step = this.afterWelcome)}></mw-member-welcome>`;
    }
    return this.step === 'code' ? this.renderCode() : this.step === 'name' ? this.renderName() : this.renderLive();
  }

  private renderCode() {
    return html`<form @submit=${this.submitCode}>
      <h1>Doe mee</h1>
      <label for="code">Code van het scherm</label>
      <input id="code" name="code" autocomplete="off" autocapitalize="characters" inputmode="text"
        maxlength="8" placeholder="ABC 234" .value=${this.initialCode} required />
      <details>
        <summary>Nieuwe telefoon in een leergang?</summary>
        <label for="personal">Je persoonlijke code</label>
        <input id="personal" name="personal" autocomplete="off" autocapitalize="characters" maxlength="14" placeholder="ABCDE-FGHJK" />
      </details>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.notice ? html`<p class="note" role="status">${this.notice}</p>` : nothing}
      <button type="submit" ?disabled=${this.isBusy}>Meedoen</button>
      <a href="?leergang">Mijn leergang</a>
    </form>`;
  }

  private renderName() {
    return html`<form @submit=${this.submitName}>
      <h1>Hoe wil je heten?</h1>
      <label for="nickname">Je naam of bijnaam (mag leeg blijven)</label>
      <input id="nickname" name="nickname" autocomplete="nickname" maxlength=${NICKNAME_MAX_LENGTH} />
      <p class="note" role="status">${this.session && !isShowingNames(this.session.stage)
        ? 'De namen staan nu niet op het grote scherm; de trainer ziet je naam wel.'
        : 'Je naam komt op het grote scherm in de zaal en bij de trainer.'}
        Andere deelnemers zien je antwoorden niet.</p>
      <button type="submit">Verder</button>
    </form>`;
  }

  private renderRemoved() {
    // A member who deleted their own data is cut off like a removed one; they are told what they did.
    // A deleted room (or leergang) cuts every phone off; its answers are gone too.
    return html`<div class="waiting" role="alert"><p class="big">${this.isLeaving ? 'Je gegevens zijn gewist.'
      : this.session?.isRoomGone ? 'Deze sessie bestaat niet meer.' : 'De trainer heeft je uit deze sessie gehaald.'}</p>
      <p>Je antwoorden tellen niet meer mee.</p></div>`;
  }

  /**
   * The slide to follow, once the room has one. Closed, it is one button here; the element that
   * shows the slide (mw-follow-slide.ts) loads only when the participant opens it (or opened it
   * before on this device), so a phone that never follows along never downloads it.
   */
  private renderFollow() {
    const view = this.session?.stage.get(FOLLOW_VIEW);
    if (!view) return nothing;
    if (!this.isFollowing) {
      return html`<p class="follow">Dia op het scherm <button aria-expanded="false" @click=${() => (this.isFollowing = true)}>Meelezen</button></p>`;
    }
    void import('./mw-follow-slide.ts');
    return html`<mw-follow-slide open .view=${view} @close=${() => (this.isFollowing = false)}></mw-follow-slide>`;
  }

  private renderLive() {
    const current = this.session?.current();
    return html`<mw-member-bar></mw-member-bar>${this.renderFollow()}${current
      ? renderPhoneView(current, (value) => this.session!.answer(current.id, value))
      : html`<div class="waiting" role="status"><p class="big">Wachten op de trainer…</p>
          <p>Zodra er een vraag is, verschijnt die hier vanzelf.</p></div>`}`;
  }

  static override styles = css`
    :host { display: block; min-height: 100vh; font-family: var(--mw-font); color: var(--mw-text); background: var(--mw-bg); }
    header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; padding: 12px 16px;
      background: var(--mw-accent); color: var(--mw-on-accent); font-size: 16px; }
    .brand { font-weight: 700; font-size: 18px; }
    .room { letter-spacing: 0.06em; font-weight: 600; }
    .link { margin-left: auto; font-size: 14px; }
    .link.down { background: #fff3cd; color: #5c4400; padding: 2px 8px; border-radius: 8px; }
    main { padding: 20px 16px 40px; max-width: 560px; margin: 0 auto; }
    h1 { font-size: 26px; margin: 8px 0 20px; }
    label { display: block; font-size: 18px; font-weight: 600; margin-bottom: 8px; }
    input { box-sizing: border-box; width: 100%; font: inherit; font-size: 24px; padding: 12px 14px;
      border: 2px solid var(--mw-border); border-radius: var(--mw-radius); background: var(--mw-surface); }
    input:focus { outline: 3px solid var(--mw-accent); outline-offset: 1px; }
    #code, #personal { text-transform: uppercase; letter-spacing: 0.1em; }
    details { margin-top: 16px; font-size: 17px; }
    summary { color: var(--mw-accent); font-weight: 600; cursor: pointer; padding: 6px 0; }
    details label { margin-top: 8px; }
    a { display: block; color: var(--mw-accent); font-weight: 600; padding: 10px 0; }
    button[type='submit'] { width: 100%; margin-top: 20px; min-height: 56px; font: inherit; font-size: 20px;
      font-weight: 700; border: 0; border-radius: var(--mw-radius); background: var(--mw-accent); color: var(--mw-on-accent); }
    button[disabled] { opacity: 0.6; }
    .error { color: var(--mw-wrong); font-weight: 600; font-size: 17px; }
    .note { color: var(--mw-muted); font-size: 16px; }
    .countdown { margin: 0 0 12px; font-size: 20px; text-align: right; }
    .waiting { text-align: center; margin-top: 30vh; color: var(--mw-muted); font-size: 17px; }
    [open] + .waiting, .follow + .waiting { margin-top: 0; }
    .follow { display: flex; align-items: center; justify-content: space-between; margin: 0 0 20px; padding: 6px 6px 6px 14px;
      border: 2px solid var(--mw-border); border-radius: var(--mw-radius); background: var(--mw-surface); color: var(--mw-muted); font-size: 17px; font-weight: 600; }
    .follow button { min-height: 48px; padding: 0 16px; font: inherit; font-weight: 700; border: 2px solid var(--mw-accent); border-radius: 10px; background: none; color: var(--mw-accent); }
    .waiting .big { font-size: 24px; font-weight: 700; color: var(--mw-text); }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-join-app': MwJoinApp;
  }
}

/** Whether this device followed the slides last time (mw-follow-slide.ts keeps the choice); online, until it closes them. */
function isFollowingSlides(online: boolean): boolean {
  try {
    const choice = localStorage.getItem('mentorwijs:follow-slide');
    return choice === 'open' || (online && choice === null);
  } catch {
    return false;
  }
}

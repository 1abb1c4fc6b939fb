/**
 * <mw-my-leergang>: "Mijn leergang" on the phone: the member's own sessions (there or not), their
 * own tasks and scale shift, their personal code, the name for their certificate and the
 * certificate itself once issued, and deleting their own data. Opened from the join page (with the
 * membership the phone holds, or a personal code typed now) or above a session's live view
 * (`overlay`). Shows nothing of another member: the server answers about the caller only.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatShift } from '../../kinds/scale/format.ts';
import { readCertificateName } from '../../shared/leergang/certificate-name.ts';
import type { MemberHistory, MemberSession } from '../../shared/leergang/member-history.ts';
import { formatPersonalCode, normalizePersonalCode } from '../../shared/personal-code.ts';
import { deleteMyData, fetchCertificate, fetchMemberHistory, saveCertificateName, type MemberCredentials } from '../../sync/member-api.ts';
import { ApiError } from '../../sync/room-api.ts';
import { forgetMembership, rememberMembership } from './membership-changes.ts';
import { recallMemberships } from './memberships.ts';

const dateOf = (at: number | string) =>
  new Date(at).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const problemOf = (error: unknown) => (error instanceof ApiError ? error.message : 'Geen verbinding met de server. Probeer het zo nog eens.');

@customElement('mw-my-leergang')
export class MwMyLeergang extends LitElement {
  @property() origin = location.origin;
  /** Above a live session: "Terug" closes it (`closed`) instead of going to the join page. */
  @property({ type: Boolean, reflect: true }) overlay = false;
  @state() private history?: MemberHistory;
  @state() private isLoading = false;
  @state() private problem = '';
  /** Per part, a line after an action (saved, refused, failed). */
  @state() private notes: Partial<Record<'name' | 'certificate' | 'delete', string>> = {};
  @state() private isConfirmingDelete = false;
  @state() private isDeleted = false;
  private credentials?: MemberCredentials;

  override connectedCallback(): void {
    super.connectedCallback();
    // The phone's latest leergang; a phone in none is asked for its personal code.
    const held = recallMemberships(localStorage).at(-1);
    if (held) void this.load({ group: held.group.id, member: held.id, token: held.token });
  }

  private async load(credentials: MemberCredentials, personalCode?: string) {
    this.isLoading = true;
    this.problem = '';
    try {
      const { history, membership } = await fetchMemberHistory(this.origin, credentials);
      // From now on the phone is recognised by its token, also when it came by personal code.
      rememberMembership(localStorage, personalCode ? { ...membership, personalCode } : membership);
      this.credentials = { group: membership.group.id, member: membership.id, token: membership.token };
      this.history = history;
    } catch (error) {
      this.problem = problemOf(error);
    } finally {
      this.isLoading = false;
    }
  }

  private submitCode(event: SubmitEvent) {
    event.preventDefault();
    const typed = String(new FormData(event.target as HTMLFormElement).get('personal') ?? '');
    const code = normalizePersonalCode(typed);
    if (!code) this.problem = 'Een persoonlijke code heeft 10 tekens, bijvoorbeeld ABCDE-FGHJK.';
    else void this.load({ personalCode: code }, code);
  }

  private async saveName(event: SubmitEvent) {
    event.preventDefault();
    const checked = readCertificateName(new FormData(event.target as HTMLFormElement).get('name'));
    if ('problem' in checked) return void (this.notes = { name: checked.problem });
    try {
      const { name } = await saveCertificateName(this.origin, this.credentials!, checked.name);
      this.history = { ...this.history!, certificate: { ...this.history!.certificate, name } };
      this.notes = { name: 'Opgeslagen. Zo komt je naam op je bewijs.' };
    } catch (error) {
      this.notes = { name: problemOf(error) };
    }
  }

  private async download() {
    this.notes = {};
    try {
      const url = URL.createObjectURL(await fetchCertificate(this.origin, this.credentials!));
      if (!window.open(url, '_blank')) location.assign(url);
    } catch (error) {
      this.notes = { certificate: problemOf(error) };
    }
  }

  private async deleteAll() {
    // Said before asking: the server closes this phone's sessions, which can take this view away before the reply.
    this.dispatchEvent(new Event('leergang-deleting', { bubbles: true, composed: true }));
    try {
      await deleteMyData(this.origin, this.credentials!);
      forgetMembership(localStorage, this.history!.group.id);
      this.isDeleted = true;
    } catch (error) {
      this.notes = { delete: problemOf(error) };
    }
  }

  override render() {
    const back = this.overlay
      ? html`<button type="button" class="back" @click=${() => this.dispatchEvent(new Event('closed'))}>Terug</button>`
      : html`<a class="back" href="?">Terug</a>`;
    return html`<header><span class="brand">Mijn leergang</span>${back}</header>
      <main>${this.isDeleted
        ? html`<p class="done" role="status">Je gegevens zijn gewist. Deze telefoon is nu geen deelnemer meer van de leergang.</p>`
        : this.history ? this.renderHistory(this.history) : this.renderCode()}</main>`;
  }

  private renderCode() {
    if (this.isLoading) return html`<p role="status">Even laden…</p>`;
    return html`<form @submit=${this.submitCode}>
      <h1>Bekijk je leergang</h1>
      <label for="personal">Je persoonlijke code</label>
      <input id="personal" name="personal" autocomplete="off" autocapitalize="characters" maxlength="14" placeholder="ABCDE-FGHJK" />
      <p class="note">Je kreeg hem bij je eerste bijeenkomst.</p>
      ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      <button type="submit" class="primary">Bekijken</button>
    </form>`;
  }

  private renderHistory(history: MemberHistory) {
    const personalCode = recallMemberships(localStorage).find((m) => m.group.id === history.group.id)?.personalCode;
    return html`<h1>${history.group.name}</h1>
      ${history.group.organisation ? html`<p class="note">${history.group.organisation}</p>` : nothing}
      ${personalCode
        ? html`<p>Je persoonlijke code: <strong class="code">${formatPersonalCode(personalCode)}</strong><br />
            <span class="note">Daarmee ben je op een andere telefoon weer jezelf.</span></p>`
        : html`<p class="note">Je persoonlijke code staat niet op deze telefoon. Bewaar hem goed: daarmee ben je op een
            andere telefoon weer jezelf.</p>`}
      <h2>De bijeenkomsten</h2>
      <ol class="sessions">${history.sessions.map((session) => this.renderSession(session))}</ol>
      ${history.shifts.length
        ? html`<h2>Zo ben je gegroeid</h2>
            ${history.shifts.map(
              (shift) => html`<p class="shift">${shift.question}<br /><strong>bijeenkomst ${shift.before.session}: ${shift.before.value ?? '–'}
                → bijeenkomst ${shift.after.session}: ${shift.after.value ?? '–'}</strong>
                ${shift.before.value !== null && shift.after.value !== null ? html`(${formatShift(shift.after.value - shift.before.value)})` : nothing}</p>`,
            )}`
        : nothing}
      ${this.renderCertificate(history)}
      <h2>Je gegevens</h2>
      <p class="note">We bewaren wat je in deze leergang deed tot ${dateOf(history.expiresAt)}. Daarna wissen we het.</p>
      ${this.isConfirmingDelete
        ? html`<div class="confirm" role="alertdialog" aria-labelledby="confirm">
            <p id="confirm">Alles van jou in deze leergang wordt gewist: je antwoorden, je opdrachten, je naam en bij welke
              bijeenkomsten je was. Dat kan niet ongedaan worden.</p>
            <button type="button" class="danger" @click=${this.deleteAll}>Ja, wis alles</button>
            <button type="button" @click=${() => (this.isConfirmingDelete = false)}>Nee, toch niet</button>
          </div>`
        : html`<button type="button" class="outline" @click=${() => (this.isConfirmingDelete = true)}>Wis mijn gegevens</button>`}
      ${this.notes.delete ? html`<p class="error" role="alert">${this.notes.delete}</p>` : nothing}`;
  }

  private renderSession(session: MemberSession) {
    const state = session.attended ? 'Je was erbij' : session.given ? 'Je was er niet' : session.plannedDate ? `Gepland: ${dateOf(session.plannedDate)}` : 'Nog niet geweest';
    return html`<li class=${session.attended ? 'there' : session.given ? 'missed' : 'later'} data-session=${session.session}>
      <h3>Bijeenkomst ${session.session} <span class="state">${state}</span></h3>
      ${session.tasks.map(
        (task) => html`<p class="task"><span class="note">${task.question}</span><br />${task.text}
          <span class="note">(${task.shared ? 'gedeeld met de trainer' : 'alleen voor jou'})</span></p>`,
      )}
      ${session.given && !session.attended
        ? html`${session.about ? html`<p class="note">Daar ging het over: ${session.about}</p>` : nothing}
            ${session.asked.map((task) => html`<p class="note">De opdracht was: ${task.question}</p>`)}`
        : nothing}
    </li>`;
  }

  private renderCertificate(history: MemberHistory) {
    const { certificate } = history;
    const attended = history.sessions.filter((s) => s.attended).length;
    return html`<h2>Bewijs van deelname</h2>
      <p>Je was bij ${attended} van ${history.sessions.length} bijeenkomsten. Nodig: ${certificate.minimum} van ${history.sessions.length}.</p>
      <form @submit=${this.saveName}>
        <label for="name">Je naam op het bewijs</label>
        <input id="name" name="name" autocomplete="name" maxlength="80" .value=${certificate.name ?? ''} />
        <p class="note">Alleen voor je bewijs. Je naam komt nooit op het grote scherm.</p>
        ${this.notes.name ? html`<p class="note" role="status">${this.notes.name}</p>` : nothing}
        <button type="submit" class="outline">Naam opslaan</button>
      </form>
      ${!certificate.issued
        ? html`<p class="note">De trainer maakt de bewijzen aan het eind van de leergang.</p>`
        : certificate.qualifies
          ? html`<button type="button" class="primary" @click=${this.download}>Download je bewijs</button>`
          : html`<p>Je was bij te weinig bijeenkomsten voor een bewijs.</p>`}
      ${this.notes.certificate ? html`<p class="error" role="alert">${this.notes.certificate}</p>` : nothing}`;
  }

  static override styles = css`
    :host { display: block; min-height: 100vh; font-family: var(--mw-font); color: var(--mw-text); background: var(--mw-bg);
      font-size: 18px; line-height: 1.45; }
    :host([overlay]) { position: fixed; inset: 0; z-index: 10; overflow-y: auto; }
    header { display: flex; align-items: center; gap: 12px; padding: 12px 16px; background: var(--mw-accent); color: var(--mw-on-accent); }
    .brand { font-weight: 700; white-space: nowrap; }
    .back { margin-left: auto; color: inherit; font: inherit; font-size: 16px; background: none; border: 0; text-decoration: underline; min-height: 44px; }
    main { padding: 16px 16px 40px; max-width: 560px; margin: 0 auto; }
    h1 { font-size: 26px; margin: 4px 0 4px; }
    h2 { font-size: 21px; margin: 28px 0 8px; }
    h3 { font-size: 18px; margin: 0; }
    .note { color: var(--mw-muted); font-size: 16px; }
    .code { letter-spacing: 0.08em; }
    .sessions { list-style: none; padding: 0; margin: 0; display: grid; gap: 8px; }
    .sessions li { padding: 10px 12px; border-radius: var(--mw-radius); background: var(--mw-surface); border: 2px solid var(--mw-border); }
    .sessions li.there { border-color: var(--mw-accent); }
    .sessions li.missed { background: var(--mw-warn-soft); }
    .state { display: block; font-weight: 400; font-size: 16px; color: var(--mw-muted); }
    .task, .sessions p { margin: 8px 0 0; }
    .shift { padding: 10px 12px; border-left: 5px solid var(--mw-accent); background: var(--mw-accent-soft); }
    label { display: block; font-weight: 600; margin: 12px 0 6px; }
    input { box-sizing: border-box; width: 100%; font: inherit; font-size: 20px; padding: 10px 12px;
      border: 2px solid var(--mw-border); border-radius: var(--mw-radius); background: var(--mw-surface); color: inherit; }
    #personal { text-transform: uppercase; letter-spacing: 0.1em; }
    button.primary, button.outline, button.danger, .confirm button { display: block; width: 100%; margin-top: 12px; min-height: 52px;
      font: inherit; font-weight: 700; border-radius: var(--mw-radius); }
    .primary { border: 0; background: var(--mw-accent); color: var(--mw-on-accent); }
    .outline, .confirm button { border: 2px solid var(--mw-accent); background: var(--mw-surface); color: var(--mw-accent); }
    .confirm { padding: 12px; border: 2px solid var(--mw-wrong); border-radius: var(--mw-radius); }
    .confirm button.danger { border: 0; background: var(--mw-wrong); color: var(--mw-on-accent); }
    .error { color: var(--mw-wrong); font-weight: 600; }
    .done { font-size: 20px; margin-top: 20vh; text-align: center; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-my-leergang': MwMyLeergang;
  }
}

/**
 * <mw-groups>: the leergangen on the start page. The trainer creates a group once (name,
 * organisation, trainers, planned dates) and opens its five sessions from it; each session runs
 * in a room of its own session deck, the same room on a co-trainer's laptop.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { formatJoinCode } from '../../shared/join-code.ts';
import { ApiError } from '../../sync/room-api.ts';
import QRCode from 'qrcode';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import {
  addMemberWithoutPhone,
  createGroup,
  createInvite,
  fetchRegister,
  listGroups,
  revokeInvite,
  setPresence,
  type GroupInvite,
  type GroupSummary,
} from '../../sync/group-api.ts';
import { formatPersonalCode } from '../../shared/personal-code.ts';

const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "4 maart 2027" from "2027-03-04". */
export function formatPlannedDate(date: string): string {
  return DUTCH_DATE.format(new Date(`${date}T00:00:00Z`));
}

/** How many members were at a session: with a phone, or ticked by the trainer. */
function presentAt(group: GroupSummary, session: number): number {
  return group.members.filter((m) => m.attended.includes(session) || m.ticked.includes(session)).length;
}

/** Where a session of a group opens: its deck, with the group, so the deck page takes the group's room. */
export const sessionHref = (page: 'deck' | 'moderate', group: string, deck: string) =>
  `/${page}?deck=${encodeURIComponent(deck)}&leergang=${encodeURIComponent(group)}`;

@customElement('mw-groups')
export class MwGroups extends LitElement {
  @state() private groups: GroupSummary[] | null = null;
  @state() private problem = '';
  @state() private isCreating = false;
  /** A line to show under a group after an action there (a new member's personal code). */
  @state() private notes: Record<string, string> = {};
  /** QR codes of active co-trainer links, by invite id, made as they appear. */
  @state() private inviteQrs: Record<string, string> = {};

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    try {
      this.groups = await listGroups(location.origin);
      for (const invite of this.groups.flatMap((group) => group.invites)) {
        if (invite.url && !this.inviteQrs[invite.id]) {
          this.inviteQrs = { ...this.inviteQrs, [invite.id]: await QRCode.toString(invite.url, { type: 'svg', margin: 1 }) };
        }
      }
    } catch {
      this.problem = 'De leergangen zijn niet te laden: is de server bereikbaar?';
    }
  }

  private async create(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const field = (name: string) => String(data.get(name) ?? '');
    try {
      await createGroup(location.origin, {
        name: field('name'),
        organisation: field('organisation'),
        trainers: field('trainers').split(',').map((name) => name.trim()).filter(Boolean),
        plannedDates: [1, 2, 3, 4, 5].map((n) => field(`date-${n}`) || null),
      });
      form.reset();
      this.isCreating = false;
      this.problem = '';
      await this.load();
    } catch (error) {
      this.problem = error instanceof ApiError ? error.message : 'De server is niet bereikbaar.';
    }
  }

  private async tick(group: GroupSummary, member: string, session: number, present: boolean) {
    await this.act(group.id, () => setPresence(location.origin, { group: group.id, session, member, present }));
  }

  private async addMember(group: GroupSummary) {
    await this.act(group.id, async () => {
      const member = await addMemberWithoutPhone(location.origin, group.id);
      this.notes = { ...this.notes, [group.id]: `${member.pseudonym} toegevoegd. Persoonlijke code: ${formatPersonalCode(member.personalCode)} (geef die door: daarmee doet ${member.pseudonym} later mee met een telefoon).` };
    });
  }

  private async act(group: string, change: () => Promise<unknown>) {
    try {
      await change();
      await this.load();
    } catch (error) {
      this.notes = { ...this.notes, [group]: error instanceof ApiError ? error.message : 'De server is niet bereikbaar.' };
    }
  }

  private async download(group: GroupSummary, format: 'xlsx' | 'csv') {
    const blob = await fetchRegister(location.origin, group.id, format);
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: `aanwezigheid-${group.name}.${format}` });
    link.click();
    URL.revokeObjectURL(link.href);
  }

  override render() {
    return html`
      <section aria-labelledby="groups-title">
        <div class="head">
          <h2 id="groups-title">Leergangen</h2>
          ${this.isCreating ? nothing : html`<button type="button" class="new" @click=${() => (this.isCreating = true)}>Nieuwe leergang</button>`}
        </div>
        <p class="lead">Eén groep, vijf bijeenkomsten: maak de leergang één keer aan en open elke bijeenkomst vanaf hier.</p>
        ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
        ${this.isCreating ? this.renderForm() : nothing}
        ${this.groups?.length ? html`<ul>${this.groups.map((group) => this.renderGroup(group))}</ul>` : nothing}
      </section>
    `;
  }

  private renderForm() {
    return html`<form @submit=${this.create}>
      <label>Naam van de leergang <input name="name" required maxlength="80" placeholder="Werkzaak voorjaar 2027" /></label>
      <label>Organisatie <input name="organisation" maxlength="80" /></label>
      <label>Trainers (met komma's) <input name="trainers" maxlength="200" placeholder="Anna de Vries, Bram Jansen" /></label>
      <fieldset>
        <legend>Geplande datums (mag later)</legend>
        ${[1, 2, 3, 4, 5].map((n) => html`<label class="date">Bijeenkomst ${n} <input type="date" name="date-${n}" /></label>`)}
      </fieldset>
      <div class="buttons">
        <button type="submit" class="primary">Leergang aanmaken</button>
        <button type="button" @click=${() => (this.isCreating = false)}>Annuleren</button>
      </div>
    </form>`;
  }

  private renderGroup(group: GroupSummary) {
    const who = [group.organisation, group.trainers.join(' en ')].filter(Boolean).join(' · ');
    return html`<li data-group=${group.id}>
      <div class="title">${group.name}</div>
      ${who ? html`<div class="who">${who}</div>` : nothing}
      <ol>
        ${group.sessions.map(
          (session) => html`<li data-session=${session.session}>
            <span class="number">Bijeenkomst ${session.session}</span>
            <span class="when">${session.plannedDate ? formatPlannedDate(session.plannedDate) : 'nog niet gepland'}</span>
            <span class="state">${session.room ? html`code ${formatJoinCode(session.room.code)} · ${presentAt(group, session.session)} aanwezig` : nothing}</span>
            <span class="actions">
              <a class="open" href=${sessionHref('deck', group.id, session.deck)}>${session.room ? 'Verder' : 'Openen'}</a>
              ${session.room
                ? html`<a class="secondary" href=${sessionHref('moderate', group.id, session.deck)} target="_blank">Modereren</a>`
                : nothing}
            </span>
          </li>`,
        )}
      </ol>
      ${this.renderRegister(group)}
      ${this.renderInvites(group)}
    </li>`;
  }

  private renderInvites(group: GroupSummary) {
    const active = group.invites.filter((invite): invite is GroupInvite & { url: string } => invite.url !== null);
    return html`<details class="invites" ?open=${active.length > 0}>
      <summary>Co-trainers (${active.length} ${active.length === 1 ? 'link' : 'links'})</summary>
      <p class="explain">Een co-trainer (of jijzelf op een nieuwe laptop) opent deze link of scant de QR-code, en is daarna
        trainer op die browser: alle leergangen en sessies. Trek de link in als hij niet meer nodig is.</p>
      ${active.map(
        (invite) => html`<div class="invite" data-invite=${invite.id}>
          <div class="qr">${unsafeSVG(this.inviteQrs[invite.id] ?? '')}</div>
          <div class="link">
            <code>${invite.url}</code>
            <button type="button" @click=${() => this.act(group.id, () => revokeInvite(location.origin, group.id, invite.id))}>Intrekken</button>
          </div>
        </div>`,
      )}
      <button type="button" @click=${() => this.act(group.id, () => createInvite(location.origin, group.id))}>Co-trainer uitnodigen</button>
    </details>`;
  }

  private renderRegister(group: GroupSummary) {
    const sessions = group.sessions.map((s) => s.session);
    return html`<details class="register" ?open=${group.members.length > 0}>
      <summary>Aanwezigheid (${group.members.length} deelnemers)</summary>
      ${group.members.length
        ? html`<table>
            <thead><tr><th scope="col">Deelnemer</th>${sessions.map((n) => html`<th scope="col">${n}</th>`)}<th scope="col">Totaal</th></tr></thead>
            <tbody>
              ${group.members.map(
                (member) => html`<tr data-member=${member.id}>
                  <th scope="row">${member.pseudonym}</th>
                  ${sessions.map((n) =>
                    member.attended.includes(n)
                      ? html`<td class="joined" title="met een telefoon">✓</td>`
                      : html`<td><input type="checkbox" .checked=${member.ticked.includes(n)}
                          aria-label="${member.pseudonym} aanwezig bij bijeenkomst ${n}"
                          @change=${(event: Event) => this.tick(group, member.id, n, (event.target as HTMLInputElement).checked)} /></td>`,
                  )}
                  <td class="total">${sessions.filter((n) => member.attended.includes(n) || member.ticked.includes(n)).length}</td>
                </tr>`,
              )}
            </tbody>
            <tfoot><tr><th scope="row">Aanwezig</th>${sessions.map((n) => html`<td>${presentAt(group, n)}</td>`)}<td></td></tr></tfoot>
          </table>`
        : html`<p class="empty">Nog niemand: deelnemers komen erbij zodra ze met hun telefoon meedoen.</p>`}
      ${this.notes[group.id] ? html`<p class="note" role="status">${this.notes[group.id]}</p>` : nothing}
      <div class="register-actions">
        <button type="button" @click=${() => this.addMember(group)}>Deelnemer zonder telefoon toevoegen</button>
        <button type="button" @click=${() => this.download(group, 'xlsx')}>Aanwezigheid (Excel)</button>
        <button type="button" @click=${() => this.download(group, 'csv')}>Aanwezigheid (CSV)</button>
      </div>
    </details>`;
  }

  static override styles = css`
    :host { display: block; margin: 28px 0 40px; }
    .head { display: flex; align-items: center; justify-content: space-between; gap: 12px; }
    h2 { font-size: 28px; margin: 0; color: var(--mw-text); }
    .lead { font-size: 18px; color: var(--mw-muted); margin: 6px 0 18px; }
    .problem { color: var(--mw-danger, #a4262c); font-weight: 700; font-size: 17px; }
    form { display: grid; gap: 12px; padding: 18px 20px; margin-bottom: 18px; background: var(--mw-surface);
      border: 2px solid var(--mw-border); border-radius: var(--mw-radius); font-size: 17px; }
    label { display: grid; gap: 4px; font-weight: 700; }
    input { font: inherit; font-weight: 400; padding: 8px 10px; border: 2px solid var(--mw-border); border-radius: 8px; }
    fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 10px; }
    legend { font-weight: 700; margin-bottom: 6px; }
    label.date { font-weight: 400; }
    .buttons { display: flex; gap: 10px; }
    ul { list-style: none; padding: 0; margin: 0; display: grid; gap: 14px; }
    ul > li { padding: 18px 20px; background: var(--mw-surface); border: 2px solid var(--mw-border); border-radius: var(--mw-radius); }
    .title { font-size: 22px; font-weight: 700; }
    .who { font-size: 17px; color: var(--mw-muted); margin-top: 2px; }
    ol { list-style: none; padding: 0; margin: 12px 0 0; display: grid; gap: 6px; }
    ol li { display: grid; grid-template-columns: 9em 1fr auto auto; gap: 12px; align-items: center; font-size: 17px;
      padding: 6px 0; border-top: 1px solid var(--mw-border); }
    .number { font-weight: 700; }
    .when, .state { color: var(--mw-muted); }
    .actions { display: flex; gap: 8px; }
    a.open, a.secondary, button { font: inherit; font-size: 16px; padding: 8px 14px; border-radius: 10px; cursor: pointer; text-decoration: none; }
    a.open, button.primary, button.new { background: var(--mw-accent); color: var(--mw-on-accent); font-weight: 700; border: 2px solid var(--mw-accent); }
    a.secondary, button { background: var(--mw-surface); border: 2px solid var(--mw-accent); color: var(--mw-accent); }
    details.register { margin-top: 14px; font-size: 17px; }
    details.register summary { font-weight: 700; cursor: pointer; color: var(--mw-accent); padding: 4px 0; }
    table { border-collapse: collapse; margin: 10px 0; font-size: 17px; }
    th, td { padding: 6px 12px; text-align: center; border-bottom: 1px solid var(--mw-border); }
    th[scope='row'] { text-align: left; font-weight: 600; }
    td.joined { color: var(--mw-accent); font-weight: 700; }
    td.total, tfoot td { font-weight: 700; }
    input[type='checkbox'] { width: 22px; height: 22px; accent-color: var(--mw-accent); }
    .note { font-size: 17px; background: var(--mw-bg); border-left: 4px solid var(--mw-accent); padding: 8px 12px; }
    .empty { color: var(--mw-muted); }
    .register-actions { display: flex; flex-wrap: wrap; gap: 8px; }
    details.invites { margin-top: 10px; font-size: 17px; }
    details.invites summary { font-weight: 700; cursor: pointer; color: var(--mw-accent); padding: 4px 0; }
    .explain { color: var(--mw-muted); margin: 6px 0 10px; }
    .invite { display: flex; gap: 16px; align-items: center; margin-bottom: 12px; }
    .invite .qr { width: 132px; flex: none; background: #fff; }
    .invite .qr svg { width: 100%; height: auto; display: block; }
    .invite .link { display: grid; gap: 8px; justify-items: start; min-width: 0; }
    .invite code { overflow-wrap: anywhere; font-size: 15px; background: var(--mw-bg); padding: 4px 6px; border-radius: 4px; }
    @media (max-width: 640px) { ol li { grid-template-columns: 1fr; gap: 4px; } }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-groups': MwGroups;
  }
}

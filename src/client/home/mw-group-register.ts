/**
 * <mw-group-register>: a leergang's attendance register on the start page: members × sessions,
 * a ✓ where a phone of theirs joined, a tick box for someone present without a phone; adding a
 * member without a phone (their personal code to hand over); deleting a member with all their
 * data (asked twice); the register as Excel or CSV.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatPersonalCode } from '../../shared/personal-code.ts';
import { addMemberWithoutPhone, deleteMember, fetchRegister, setPresence, type GroupSummary } from '../../sync/group-api.ts';
import { ApiError } from '../../sync/room-api.ts';
import { groupChanged, groupStyles } from './group-styles.ts';

/** How many members were at a session: with a phone, or ticked by the trainer. */
export function presentAt(group: GroupSummary, session: number): number {
  return group.members.filter((m) => m.attended.includes(session) || m.ticked.includes(session)).length;
}

@customElement('mw-group-register')
export class MwGroupRegister extends LitElement {
  @property({ attribute: false }) group!: GroupSummary;
  /** A line after an action: a new member's personal code, or what went wrong. */
  @state() private note = '';
  /** The member whose deletion waits for a second click. */
  @state() private deleting: string | null = null;

  private async act(change: () => Promise<unknown>) {
    try {
      await change();
      this.dispatchEvent(groupChanged());
    } catch (error) {
      this.note = error instanceof ApiError ? error.message : 'De server is niet bereikbaar.';
    }
  }

  private tick(member: string, session: number, present: boolean) {
    return this.act(() => setPresence(location.origin, { group: this.group.id, session, member, present }));
  }

  private addMember() {
    return this.act(async () => {
      const { pseudonym, personalCode } = await addMemberWithoutPhone(location.origin, this.group.id);
      this.note = `${pseudonym} toegevoegd. Persoonlijke code: ${formatPersonalCode(personalCode)} (geef die door: daarmee doet ${pseudonym} later mee met een telefoon).`;
    });
  }

  private deleteMember(member: { id: string; pseudonym: string }) {
    this.deleting = null;
    return this.act(async () => {
      await deleteMember(location.origin, this.group.id, member.id);
      this.note = `${member.pseudonym} is verwijderd, met alle antwoorden en opdrachten.`;
    });
  }

  private renderDelete(member: { id: string; pseudonym: string }) {
    if (this.deleting !== member.id) {
      return html`<button type="button" class="small" aria-label="${member.pseudonym} verwijderen" @click=${() => (this.deleting = member.id)}>Verwijderen</button>`;
    }
    return html`<span class="confirm" role="group" aria-label="${member.pseudonym} echt verwijderen?">
      Alles van ${member.pseudonym} weg?
      <button type="button" class="small danger" @click=${() => this.deleteMember(member)}>Ja, verwijderen</button>
      <button type="button" class="small" @click=${() => (this.deleting = null)}>Nee</button>
    </span>`;
  }

  private async download(format: 'xlsx' | 'csv') {
    const blob = await fetchRegister(location.origin, this.group.id, format);
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: `aanwezigheid-${this.group.name}.${format}` });
    link.click();
    URL.revokeObjectURL(link.href);
  }

  /** ✓ when a phone of theirs joined; else a tick box, marked "gemist" once the session was given without them. */
  private cell(member: GroupSummary['members'][number], n: number, isGiven: boolean) {
    if (member.attended.includes(n)) return html`<td class="joined" title="met een telefoon">✓</td>`;
    const isMissed = isGiven && !member.ticked.includes(n);
    return html`<td class=${isMissed ? 'missed' : ''}><input type="checkbox" .checked=${member.ticked.includes(n)}
        aria-label="${member.pseudonym} aanwezig bij bijeenkomst ${n}"
        @change=${(event: Event) => this.tick(member.id, n, (event.target as HTMLInputElement).checked)} />${isMissed ? html`<span>gemist</span>` : nothing}</td>`;
  }

  override render() {
    const { group } = this;
    const sessions = group.sessions.map((s) => s.session);
    // A session that was given and that a member neither joined nor was ticked for: they missed it.
    const given = new Set(group.sessions.filter((s) => s.room).map((s) => s.session));
    return html`<details class="register" ?open=${group.members.length > 0}>
      <summary>Aanwezigheid (${group.members.length} deelnemers)</summary>
      ${group.members.length
        ? html`<div class="scroll"><table>
            <thead><tr><th scope="col">Deelnemer</th>${sessions.map((n) => html`<th scope="col">${n}</th>`)}<th scope="col">Totaal</th><th scope="col"><span class="hidden">Verwijderen</span></th></tr></thead>
            <tbody>
              ${group.members.map(
                (member) => html`<tr data-member=${member.id}>
                  <th scope="row">${member.pseudonym}</th>
                  ${sessions.map((n) => this.cell(member, n, given.has(n)))}
                  <td class="total">${sessions.filter((n) => member.attended.includes(n) || member.ticked.includes(n)).length}</td>
                  <td class="delete">${this.renderDelete(member)}</td>
                </tr>`,
              )}
            </tbody>
            <tfoot><tr><th scope="row">Aanwezig</th>${sessions.map((n) => html`<td>${presentAt(group, n)}</td>`)}<td></td><td></td></tr></tfoot>
          </table></div>`
        : html`<p class="empty">Nog niemand: deelnemers komen erbij zodra ze met hun telefoon meedoen.</p>`}
      ${this.note ? html`<p class="note" role="status">${this.note}</p>` : nothing}
      <div class="actions">
        <button type="button" @click=${() => this.addMember()}>Deelnemer zonder telefoon toevoegen</button>
        <button type="button" @click=${() => this.download('xlsx')}>Aanwezigheid (Excel)</button>
        <button type="button" @click=${() => this.download('csv')}>Aanwezigheid (CSV)</button>
      </div>
    </details>`;
  }

  static override styles = [
    groupStyles,
    css`
      :host { display: block; }
      /* A narrow screen scrolls the table, not the page. */
      .scroll { overflow-x: auto; position: relative; }
      table { border-collapse: collapse; margin: 10px 0; font-size: 17px; }
      th, td { padding: 6px 12px; text-align: center; border-bottom: 1px solid var(--mw-border); }
      th[scope='row'] { text-align: left; font-weight: 600; }
      td.joined { color: var(--mw-accent); font-weight: 700; }
      td.missed { background: var(--mw-wrong-soft); }
      td.missed span { display: block; font-size: 13px; color: var(--mw-wrong); }
      td.total, tfoot td { font-weight: 700; }
      input[type='checkbox'] { width: 22px; height: 22px; accent-color: var(--mw-accent); }
      .empty { color: var(--mw-muted); }
      button.small { font-size: 15px; padding: 4px 10px; }
      button.danger { background: var(--mw-danger, #a4262c); border-color: var(--mw-danger, #a4262c); color: #fff; font-weight: 700; }
      td.delete { text-align: left; white-space: nowrap; }
      .confirm { display: inline-flex; gap: 6px; align-items: center; }
      .hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
      .actions { display: flex; flex-wrap: wrap; gap: 8px; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-group-register': MwGroupRegister;
  }
}

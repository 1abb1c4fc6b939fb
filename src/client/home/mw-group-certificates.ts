/**
 * <mw-group-certificates>: a leergang's bewijzen van deelname and groepsverslag on the trainer's
 * start page: the rule (how many sessions), issuing them, who qualifies and the name each member
 * typed (the trainer corrects one here), the downloads, and the report with or without names and
 * free text. Names appear only here, folded away until the trainer opens it: never on the projector.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  correctCertificateName,
  fetchCertificates,
  groupDocumentPath,
  issueCertificates,
  setCertificateRule,
  type CertificateStanding,
  type CertificatesOverview,
  type GroupSummary,
} from '../../sync/group-api.ts';
import { ApiError } from '../../sync/room-api.ts';
import { groupStyles } from './group-styles.ts';

const DUTCH_DAY = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

function standingText(member: CertificateStanding): string {
  if (!member.qualifies) return 'te weinig aanwezig';
  return member.name ? 'krijgt een bewijs' : 'naam ontbreekt';
}

@customElement('mw-group-certificates')
export class MwGroupCertificates extends LitElement {
  @property({ attribute: false }) group!: GroupSummary;
  @state() private overview: CertificatesOverview | null = null;
  @state() private note = '';
  @state() private withNames = false;
  @state() private withTexts = false;

  protected override willUpdate(changed: Map<string, unknown>): void {
    // The register changes who qualifies: load again whenever the group list does.
    if (changed.has('group')) void this.act(() => fetchCertificates(location.origin, this.group.id));
  }

  private async act(change: () => Promise<CertificatesOverview>, done = '') {
    try {
      this.overview = await change();
      this.note = done;
    } catch (error) {
      this.note = error instanceof ApiError ? error.message : 'De server is niet bereikbaar.';
    }
  }

  private saveName(event: SubmitEvent, member: CertificateStanding) {
    event.preventDefault();
    const name = String(new FormData(event.target as HTMLFormElement).get('name') ?? '');
    return this.act(() => correctCertificateName(location.origin, { group: this.group.id, member: member.member, name }), `Naam van ${member.pseudonym} opgeslagen.`);
  }

  override render() {
    const { overview, group } = this;
    const sessions = group.sessions.length;
    const printable = overview?.members.filter((m) => m.qualifies && m.name) ?? [];
    const missing = overview?.members.filter((m) => m.qualifies && !m.name) ?? [];
    return html`<details class="certificates">
      <summary>Bewijzen van deelname en groepsverslag</summary>
      <p class="warning">Hier staan de namen van deelnemers: zet dit niet op het scherm in de zaal.</p>
      ${overview
        ? html`
            <div class="rule">
              <label>Nodig voor een bewijs:
                <select @change=${(event: Event) => this.act(() => setCertificateRule(location.origin, group.id, Number((event.target as HTMLSelectElement).value)))}>
                  ${Array.from({ length: sessions }, (_, i) => i + 1).map((n) => html`<option value=${n} ?selected=${n === overview.rule.minimum}>${n}</option>`)}
                </select>
                van de ${sessions} bijeenkomsten</label>
              ${overview.rule.issuedAt === null
                ? html`<button type="button" class="primary" @click=${() => this.act(() => issueCertificates(location.origin, group.id), 'De bewijzen zijn uitgegeven: deelnemers halen ze op hun telefoon op.')}>Bewijzen uitgeven</button>`
                : html`<span class="issued">Uitgegeven op ${DUTCH_DAY.format(overview.rule.issuedAt)}</span>`}
            </div>
            <p class="summary">${printable.length} ${printable.length === 1 ? 'bewijs' : 'bewijzen'} klaar${missing.length ? html`, <strong>${missing.length} zonder naam</strong>` : nothing}.</p>
            ${overview.members.length ? this.renderMembers(overview.members, sessions) : nothing}`
        : nothing}
      ${this.note ? html`<p class="note" role="status">${this.note}</p>` : nothing}
      <div class="downloads">
        ${printable.length ? html`<a class="secondary" href=${groupDocumentPath.certificates(group.id)} download>Alle bewijzen (PDF)</a>` : nothing}
        <a class="secondary" href=${groupDocumentPath.trained(group.id, 'xlsx')} download>Getrainde deelnemers (Excel)</a>
        <a class="secondary" href=${groupDocumentPath.trained(group.id, 'csv')} download>Getrainde deelnemers (CSV)</a>
      </div>
      <div class="report">
        <label><input type="checkbox" .checked=${this.withNames} @change=${(event: Event) => (this.withNames = (event.target as HTMLInputElement).checked)} /> met namen</label>
        <label><input type="checkbox" .checked=${this.withTexts} @change=${(event: Event) => (this.withTexts = (event.target as HTMLInputElement).checked)} /> met vrije teksten</label>
        <a class="secondary" href=${groupDocumentPath.report(group.id, { names: this.withNames, texts: this.withTexts })} download>Groepsverslag (PDF)</a>
      </div>
    </details>`;
  }

  private renderMembers(members: CertificateStanding[], sessions: number) {
    return html`<table>
      <thead><tr><th scope="col">Deelnemer</th><th scope="col">Aanwezig</th><th scope="col">Naam op het bewijs</th><th scope="col"></th></tr></thead>
      <tbody>
        ${members.map(
          (member) => html`<tr data-member=${member.member} data-standing=${standingText(member)}>
            <th scope="row">${member.pseudonym}</th>
            <td>${member.attended} van ${sessions}</td>
            <td>
              <form @submit=${(event: SubmitEvent) => this.saveName(event, member)}>
                <input name="name" maxlength="80" .value=${member.name ?? ''} placeholder="nog geen naam" aria-label="Naam van ${member.pseudonym}" />
                <button type="submit">Opslaan</button>
              </form>
            </td>
            <td class="standing">
              ${member.qualifies && member.name
                ? html`<a href=${groupDocumentPath.certificate(this.group.id, member.member)} download>Bewijs (PDF)</a>`
                : html`<span class=${member.qualifies ? 'missing' : 'short'}>${standingText(member)}</span>`}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  static override styles = [
    groupStyles,
    css`
      .warning { color: var(--mw-muted); font-size: 16px; margin: 4px 0 10px; }
      .rule { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; }
      select { font: inherit; padding: 4px 8px; border: 2px solid var(--mw-border); border-radius: 8px; }
      .issued { font-weight: 700; color: var(--mw-accent); }
      .summary { margin: 10px 0 4px; }
      table { border-collapse: collapse; margin: 6px 0 10px; font-size: 17px; }
      th, td { padding: 6px 10px; text-align: left; border-bottom: 1px solid var(--mw-border); }
      form { display: flex; gap: 6px; }
      input[name='name'] { font: inherit; padding: 6px 8px; border: 2px solid var(--mw-border); border-radius: 8px; width: 16em; }
      form button { padding: 6px 10px; }
      .missing { color: var(--mw-danger, #a4262c); font-weight: 700; }
      .short { color: var(--mw-muted); }
      .standing a { color: var(--mw-accent); font-weight: 700; }
      .downloads, .report { display: flex; flex-wrap: wrap; align-items: center; gap: 10px; margin-top: 10px; }
      .report label { display: flex; align-items: center; gap: 6px; }
      input[type='checkbox'] { width: 22px; height: 22px; accent-color: var(--mw-accent); }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-group-certificates': MwGroupCertificates;
  }
}

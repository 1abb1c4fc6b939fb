/**
 * <mw-participant-list>: the moderation window's "Deelnemers": everyone with a seat, connected or
 * not, in the room or online (as the phone said, decision 0089), with their number of answers, and a button to remove someone and their answers (after a
 * confirmation), e.g. a phone that joined twice or someone who is not in the group.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { LiveRoom } from '../../sync/live-room.ts';
import { CAP, parseResultKey } from '../../shared/room-schema.ts';
import { YMapController } from '../lib/y-map-controller.ts';
import '../rooms/mw-online-link.ts';

type Row = { pid: string; name: string; isOnline: boolean; isJoinedOnline: boolean; answers: number };

/** A room with more seats than this is a hall: its list starts folded (thousands of rows redrawn at every answer). */
const FOLDED_ABOVE_SEATS = 60;

@customElement('mw-participant-list')
export class MwParticipantList extends LitElement {
  @property({ attribute: false }) room?: LiveRoom;
  /** Removes a participant and its answers on the server; passed in by the window, which holds the room's secret. */
  @property({ attribute: false }) removeParticipant?: (pid: string) => Promise<void>;
  /** The link for online participants, under the in-de-zaal/online counts (decision 0089); none when empty. */
  @property() onlineUrl = '';
  /** The participant whose removal waits for a confirmation. */
  @state() private confirming: string | null = null;
  @state() private problem = '';
  /** Whether the trainer unfolded the list; until then it follows the room's size. */
  @state() private isUnfolded: boolean | null = null;

  private readonly live = new YMapController(this, () =>
    this.room ? [this.room.people, this.room.answers, this.room.serverStatus] : [],
  );

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('room')) this.live.refresh();
  }

  private rows(room: LiveRoom): Row[] {
    const answers = new Map<string, number>();
    for (const key of room.answers.keys()) {
      const { pid } = parseResultKey(key);
      answers.set(pid, (answers.get(pid) ?? 0) + 1);
    }
    return [...room.people.entries()]
      .sort(([a, pa], [b, pb]) => pa.joinedAt - pb.joinedAt || a.localeCompare(b))
      .map(([pid, person]) => ({
        pid, name: person.nickname.trim() || 'anoniem', isOnline: person.online, isJoinedOnline: person.joinedOnline === true, answers: answers.get(pid) ?? 0,
      }));
  }

  private async confirmRemoval(pid: string) {
    this.confirming = null;
    this.problem = '';
    try {
      await this.removeParticipant?.(pid);
    } catch {
      this.problem = 'Verwijderen is niet gelukt. Is de server nog bereikbaar?';
    }
  }

  override render() {
    if (!this.room) return nothing;
    const people = [...this.room.people.values()];
    const cap = this.room.serverStatus.get(CAP);
    const online = people.filter((person) => person.online).length;
    const joinedOnline = people.filter((person) => person.joinedOnline === true).length;
    const isUnfolded = this.isUnfolded ?? !(typeof cap === 'number' && cap > FOLDED_ABOVE_SEATS);
    return html`<section aria-labelledby="people">
      <h2 id="people">Deelnemers</h2>
      <p class="summary" role="status" data-count=${people.length}>
        ${typeof cap === 'number' ? `${people.length} van ${cap} plaatsen` : `${people.length} deelnemers`}, ${online} verbonden
      </p>
      <p class="where" data-in-room=${people.length - joinedOnline} data-joined-online=${joinedOnline}>
        ${people.length - joinedOnline} in de zaal · ${joinedOnline} online
      </p>
      ${this.onlineUrl ? html`<mw-online-link .url=${this.onlineUrl}></mw-online-link>` : nothing}
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      <details ?open=${isUnfolded} @toggle=${(event: Event) => (this.isUnfolded = (event.target as HTMLDetailsElement).open)}>
        <summary>Wie er zijn, met hun antwoorden</summary>
        ${isUnfolded ? html`<ul class="people">${this.rows(this.room).map((row) => this.renderRow(row))}</ul>` : nothing}
      </details>
    </section>`;
  }

  private renderRow({ pid, name, isOnline, isJoinedOnline, answers }: Row) {
    const isConfirming = this.confirming === pid;
    return html`<li data-pid=${pid} class=${isConfirming ? 'confirming' : ''}>
      <bdi class="name" id="name-${pid}">${name}</bdi>
      <span class="where ${isJoinedOnline ? 'online' : ''}">${isJoinedOnline ? 'online' : 'in de zaal'}</span>
      <span class="state ${isOnline ? 'up' : ''}">${isOnline ? 'verbonden' : 'niet verbonden'}</span>
      <span class="answers">${answers} ${answers === 1 ? 'antwoord' : 'antwoorden'}</span>
      ${isConfirming
        ? html`<span class="question">Met alle antwoorden verwijderen?</span>
            <button type="button" class="danger" aria-describedby="name-${pid}" @click=${() => this.confirmRemoval(pid)}>Ja, verwijderen</button>
            <button type="button" @click=${() => (this.confirming = null)}>Annuleren</button>`
        : html`<button type="button" aria-describedby="name-${pid}" @click=${() => (this.confirming = pid)}>Verwijderen</button>`}
    </li>`;
  }

  static override styles = css`
    :host { display: block; margin-top: 32px; }
    h2 { font-size: 24px; margin: 8px 0; }
    .summary { font-size: 18px; font-weight: 600; margin: 0 0 12px; }
    summary { font-size: 17px; cursor: pointer; margin-bottom: 10px; }
    .people { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
    li { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 14px; padding: 8px 14px;
      border: 2px solid var(--mw-border); border-radius: var(--mw-radius); background: var(--mw-surface); }
    li.confirming { border-color: var(--mw-wrong); }
    .name { flex: 1 1 12em; font-size: 18px; font-weight: 700; overflow-wrap: anywhere; }
    .state, .answers { font-size: 15px; color: var(--mw-muted); white-space: nowrap; }
    .state.up { color: var(--mw-correct); font-weight: 700; }
    p.where { font-size: 17px; color: var(--mw-muted); margin: -6px 0 12px; }
    span.where { font-size: 15px; font-weight: 600; white-space: nowrap; padding: 1px 10px; border-radius: 999px;
      border: 1px solid var(--mw-border); color: var(--mw-text); }
    span.where.online { border-color: var(--mw-accent); color: var(--mw-accent); }
    mw-online-link { max-width: 42rem; margin: 0 0 16px; }
    .question { font-size: 16px; font-weight: 700; }
    button { min-height: 44px; padding: 6px 16px; font: inherit; font-size: 17px; font-weight: 600; cursor: pointer;
      border: 2px solid var(--mw-accent); border-radius: 10px; background: var(--mw-surface); color: var(--mw-accent); }
    button:focus-visible { outline: 3px solid var(--mw-text); outline-offset: 2px; }
    button.danger { border-color: var(--mw-wrong); background: var(--mw-wrong); color: #fff; }
    .problem { color: var(--mw-wrong); font-weight: 600; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-participant-list': MwParticipantList;
  }
}

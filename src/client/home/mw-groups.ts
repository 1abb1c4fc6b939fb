/**
 * <mw-groups>: the leergangen on the start page. The trainer creates a group once (name,
 * organisation, trainers, planned dates) and opens its five sessions from it; each session runs
 * in a room of its own session deck, the same room on a co-trainer's laptop. Each group says when
 * its data expire, and warns a month ahead.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatJoinCode } from '../../shared/join-code.ts';
import { ApiError } from '../../sync/room-api.ts';
import { createGroup, listGroups, type GroupSummary } from '../../sync/group-api.ts';
import { isExpiringSoon } from '../../shared/leergang/retention.ts';
import { onlineJoinUrlOf } from '../rooms/join-urls.ts';
import '../rooms/mw-online-link.ts';
import { groupStyles } from './group-styles.ts';
import { presentAt } from './mw-group-register.ts';
import './mw-group-invites.ts';
import './mw-group-certificates.ts';
import './mw-group-delete.ts';

const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "4 maart 2027" from "2027-03-04". */
export function formatPlannedDate(date: string): string {
  return DUTCH_DATE.format(new Date(`${date}T00:00:00Z`));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the group's data are deleted, as a line for the start page; a warning within the last month. */
export function expiryLine(expiresAt: number, now: number): { text: string; isWarning: boolean } {
  const date = DUTCH_DATE.format(new Date(expiresAt));
  if (!isExpiringSoon(expiresAt, now)) return { text: `De gegevens worden bewaard tot ${date}.`, isWarning: false };
  const days = Math.max(0, Math.ceil((expiresAt - now) / DAY_MS));
  const when = days === 0 ? 'vandaag' : days === 1 ? 'morgen' : `over ${days} dagen`;
  return {
    text: `Let op: ${when} (${date}) worden alle gegevens van deze leergang verwijderd. Download nu wat je wilt bewaren.`,
    isWarning: true,
  };
}

/** Where a session of a group opens: its deck, with the group, so the deck page takes the group's room. */
export const sessionHref = (page: 'deck' | 'moderate', group: string, deck: string) =>
  `/${page}?deck=${encodeURIComponent(deck)}&leergang=${encodeURIComponent(group)}`;

@customElement('mw-groups')
export class MwGroups extends LitElement {
  /** The server's join URL: with it, each session that has a room shows its link for online participants. */
  @property() joinUrl = '';
  @state() private groups: GroupSummary[] | null = null;
  @state() private problem = '';
  @state() private isCreating = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    try {
      this.groups = await listGroups(location.origin);
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

  override render() {
    return html`
      <section aria-labelledby="groups-title" @group-changed=${() => this.load()}>
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
            <span class="when">${whenOf(session)}</span>
            <span class="state">${session.room ? html`code ${formatJoinCode(session.room.code)} · ${presentAt(group, session.session)} aanwezig` : nothing}</span>
            <span class="actions">
              <a class="open" href=${sessionHref('deck', group.id, session.deck)}>${session.room ? 'Verder' : 'Openen'}</a>
              ${session.room
                ? html`<a class="secondary" href=${sessionHref('moderate', group.id, session.deck)} target="_blank">Modereren</a>`
                : nothing}
            </span>
            ${session.room && this.joinUrl
              ? // The summary holds no join key: a link without one works as a typed code does (decision 0089).
                html`<mw-online-link .url=${onlineJoinUrlOf({ joinUrl: this.joinUrl, code: session.room.code, joinKey: '' })}></mw-online-link>`
              : nothing}
          </li>`,
        )}
      </ol>
      ${this.renderExpiry(group)}
      <mw-group-register .group=${group}></mw-group-register>
      <mw-group-certificates .group=${group}></mw-group-certificates>
      <mw-group-invites .group=${group}></mw-group-invites>
      <mw-group-delete .group=${group}></mw-group-delete>
    </li>`;
  }

  private renderExpiry(group: GroupSummary) {
    const { text, isWarning } = expiryLine(group.expiresAt, Date.now());
    return html`<p class="expiry ${isWarning ? 'warning' : ''}" role=${isWarning ? 'alert' : nothing}>${text}</p>`;
  }

  static override styles = [
    groupStyles,
    css`
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
    ul > li { min-width: 0; padding: 18px 20px; background: var(--mw-surface); border: 2px solid var(--mw-border); border-radius: var(--mw-radius); }
    .title { font-size: 22px; font-weight: 700; }
    .who { font-size: 17px; color: var(--mw-muted); margin-top: 2px; }
    .expiry { font-size: 16px; color: var(--mw-muted); margin: 10px 0 0; }
    .expiry.warning { color: var(--mw-text); font-weight: 700; background: #fff4ce; border-left: 4px solid #c19c00; padding: 8px 12px; }
    ol { list-style: none; padding: 0; margin: 12px 0 0; display: grid; gap: 6px; }
    ol li { display: grid; grid-template-columns: 9em 1fr auto auto; gap: 12px; align-items: center; font-size: 17px;
      padding: 6px 0; border-top: 1px solid var(--mw-border); }
    .number { font-weight: 700; }
    ol mw-online-link { grid-column: 1 / -1; --mw-online-link-size: 15px; padding: 0 0 4px; }
    .when, .state { color: var(--mw-muted); }
    .actions { display: flex; gap: 8px; }
    @media (max-width: 640px) { ol li { grid-template-columns: 1fr; gap: 4px; } }
  `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-groups': MwGroups;
  }
}

/** A session's date as the group's card says it: planned, or the day it was given (short: the row is narrow), or not yet planned. */
function whenOf(session: GroupSummary['sessions'][number]): string {
  if (session.plannedDate) return formatPlannedDate(session.plannedDate);
  if (!session.room) return 'nog niet gepland';
  const opened = new Date(session.room.openedAt);
  return `gegeven ${opened.getDate()}-${opened.getMonth() + 1}-${opened.getFullYear()}`;
}

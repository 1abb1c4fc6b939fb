/** <mw-deck-index>: the trainer's start page: the decks, each opened as a live room. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { forgetRoom, recallRoom } from '../rooms/trainer-rooms.ts';
import { formatJoinCode } from '../../shared/join-code.ts';
import type { TrainerRoom } from '../../sync/room-api.ts';
import { fetchResults } from '../../sync/trainer-api.ts';
import type { MaterialEntry } from '../../shared/materials/material-docs.ts';
import { onlineJoinUrlOf } from '../rooms/join-urls.ts';
import '../rooms/mw-online-link.ts';
import './mw-groups.ts';

export type DeckEntry = { id: string; title: string; about: string | null; minutes: number };

/** "2 uur 50 min", "25 min": the length a deck's notes add up to. */
function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} uur` : `${hours} uur ${rest} min`;
}

@customElement('mw-deck-index')
export class MwDeckIndex extends LitElement {
  @property({ attribute: false }) decks: DeckEntry[] = [];
  /** The printable materials (materials/*.md and the run sheets): linked beside their deck, or below for every session. */
  @property({ attribute: false }) materials: MaterialEntry[] = [];
  /** The server's join URL (`/api/info`): with it, each open room shows its link for online participants. */
  @property() joinUrl = '';

  private openFresh(deck: string) {
    forgetRoom(localStorage, deck);
    location.href = `/deck?deck=${encodeURIComponent(deck)}`;
  }

  private async download(room: TrainerRoom, format: 'xlsx' | 'csv' | 'json') {
    const blob = await fetchResults(location.origin, room, format);
    const link = Object.assign(document.createElement('a'), {
      href: URL.createObjectURL(blob),
      download: `mentorwijs-${room.deck}-${room.code}.${format}`,
    });
    link.click();
    URL.revokeObjectURL(link.href);
  }

  /** Links to printable documents (each opens on A4, ready for Ctrl+P); nothing when there are none. */
  private materialLinks(entries: MaterialEntry[], lead = 'Om af te drukken') {
    if (!entries.length) return nothing;
    return html`<p class="materials">${lead}:
      ${entries.map((entry, index) => html`${index ? ' · ' : ''}<a data-material=${entry.id} href="/materials?doc=${encodeURIComponent(entry.id)}">${entry.label}</a>`)}</p>`;
  }

  override render() {
    return html`
      <h1>Mentorwijs Live</h1>
      <mw-groups .joinUrl=${this.joinUrl}></mw-groups>
      <h2>Losse sessies en decks</h2>
      <p class="lead">Kies een deck. Het opent als live sessie: deelnemers doen mee met hun telefoon.</p>
      <ul>
        ${this.decks.map((deck) => {
          const room = recallRoom(localStorage, deck.id);
          return html`<li data-deck=${deck.id}>
            <div class="about">
              <div class="title">${deck.title}</div>
              ${deck.minutes ? html`<div class="minutes">${formatDuration(deck.minutes)}</div>` : nothing}
              ${deck.about ? html`<p class="teaches">${deck.about}</p>` : nothing}
              ${this.materialLinks(this.materials.filter((entry) => entry.deck === deck.id))}
            </div>
            <div class="actions">
              <a class="open" href="/deck?deck=${encodeURIComponent(deck.id)}">
                ${room ? html`Verder met groep ${formatJoinCode(room.code)}` : 'Openen'}
              </a>
              ${room
                ? html`<button type="button" @click=${() => this.openFresh(deck.id)}>Nieuwe groep (nieuwe code)</button>
                    <a class="secondary" href="/moderate?deck=${encodeURIComponent(deck.id)}" target="_blank">Modereren</a>
                    <button type="button" class="results" @click=${() => this.download(room, 'xlsx')}>Resultaten (Excel)</button>
                    <button type="button" class="results" @click=${() => this.download(room, 'csv')}>Resultaten (CSV)</button>
                    <button type="button" class="results" @click=${() => this.download(room, 'json')}>Resultaten (JSON)</button>`
                : nothing}
            </div>
            ${room && this.joinUrl
              ? html`<mw-online-link .url=${onlineJoinUrlOf({ joinUrl: this.joinUrl, code: room.code, joinKey: room.joinKey ?? '' })}></mw-online-link>`
              : nothing}
          </li>`;
        })}
      </ul>
      ${this.materialLinks(this.materials.filter((entry) => entry.deck === null), 'Voor elke sessie')}
      <p class="hint"><a class="coverage" href="#dekking">Dekking van het curriculum</a>: welke oefening oefent welk doel en welk werkzaam bestanddeel.</p>
      <p class="hint">Tip: druk in het deck op <kbd>S</kbd> voor de sprekersweergave met notities en timer.</p>
    `;
  }

  static override styles = css`
    :host { display: block; max-width: 900px; margin: 40px auto; padding: 0 24px; font-family: var(--mw-font); color: var(--mw-text); }
    h1 { color: var(--mw-accent); font-size: 40px; margin: 0 0 8px; }
    h2 { font-size: 28px; margin: 0 0 6px; }
    .lead { font-size: 20px; color: var(--mw-muted); margin: 0 0 28px; }
    ul { list-style: none; padding: 0; margin: 0; display: grid; gap: 14px; }
    li { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; justify-content: space-between;
      padding: 18px 20px; background: var(--mw-surface); border: 2px solid var(--mw-border); border-radius: var(--mw-radius); }
    .about { flex: 1 1 420px; }
    .title { font-size: 22px; font-weight: 700; }
    .minutes { font-size: 16px; font-weight: 700; color: var(--mw-accent); margin-top: 2px; }
    .teaches { font-size: 17px; color: var(--mw-muted); margin: 6px 0 0; line-height: 1.4; }
    a.coverage { color: var(--mw-accent); font-weight: 700; }
    .materials { font-size: 16px; color: var(--mw-muted); margin: 8px 0 0; }
    .materials a { color: var(--mw-accent); font-weight: 700; }
    :host > .materials { margin-top: 24px; font-size: 17px; }
    .actions { display: flex; gap: 10px; flex-wrap: wrap; }
    mw-online-link { flex: 1 1 100%; padding-top: 12px; border-top: 1px solid var(--mw-border); }
    a.open, a.secondary, button { font: inherit; font-size: 17px; padding: 10px 16px; border-radius: 10px; cursor: pointer; text-decoration: none; }
    a.open { background: var(--mw-accent); color: var(--mw-on-accent); font-weight: 700; }
    a.secondary { border: 2px solid var(--mw-accent); color: var(--mw-accent); }
    button { background: var(--mw-surface); color: var(--mw-accent); border: 2px solid var(--mw-accent); }
    .hint { margin-top: 28px; color: var(--mw-muted); font-size: 17px; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-deck-index': MwDeckIndex;
  }
}

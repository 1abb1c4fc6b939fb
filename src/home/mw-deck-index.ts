/** <mw-deck-index>: the trainer's start page: the decks, each opened as a live room. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { forgetRoom, recallRoom } from '../deck/trainer-rooms.ts';
import { formatJoinCode } from '../shared/join-code.ts';
import { fetchResults, type TrainerRoom } from '../sync/room-api.ts';

export type DeckEntry = { id: string; title: string };

@customElement('mw-deck-index')
export class MwDeckIndex extends LitElement {
  @property({ attribute: false }) decks: DeckEntry[] = [];

  private openFresh(deck: string) {
    forgetRoom(localStorage, deck);
    location.href = `/deck?deck=${encodeURIComponent(deck)}`;
  }

  private async download(room: TrainerRoom, format: 'csv' | 'json') {
    const blob = await fetchResults(location.origin, room, format);
    const link = Object.assign(document.createElement('a'), {
      href: URL.createObjectURL(blob),
      download: `mentorwijs-${room.deck}-${room.code}.${format}`,
    });
    link.click();
    URL.revokeObjectURL(link.href);
  }

  override render() {
    return html`
      <h1>Mentorwijs Live</h1>
      <p class="lead">Kies een deck. Het opent als live sessie: deelnemers doen mee met hun telefoon.</p>
      <ul>
        ${this.decks.map((deck) => {
          const room = recallRoom(localStorage, deck.id);
          return html`<li data-deck=${deck.id}>
            <div class="title">${deck.title}</div>
            <div class="actions">
              <a class="open" href="/deck?deck=${encodeURIComponent(deck.id)}">
                ${room ? html`Verder met groep ${formatJoinCode(room.code)}` : 'Openen'}
              </a>
              ${room
                ? html`<button type="button" @click=${() => this.openFresh(deck.id)}>Nieuwe groep (nieuwe code)</button>
                    <a class="secondary" href="/moderate?deck=${encodeURIComponent(deck.id)}" target="_blank">Modereren</a>
                    <button type="button" class="results" @click=${() => this.download(room, 'csv')}>Resultaten (CSV)</button>
                    <button type="button" class="results" @click=${() => this.download(room, 'json')}>Resultaten (JSON)</button>`
                : nothing}
            </div>
          </li>`;
        })}
      </ul>
      <p class="hint">Tip: druk in het deck op <kbd>S</kbd> voor de sprekersweergave met notities en timer.</p>
    `;
  }

  static override styles = css`
    :host { display: block; max-width: 900px; margin: 40px auto; padding: 0 24px; font-family: var(--mw-font); color: var(--mw-text); }
    h1 { color: var(--mw-accent); font-size: 40px; margin: 0 0 8px; }
    .lead { font-size: 20px; color: var(--mw-muted); margin: 0 0 28px; }
    ul { list-style: none; padding: 0; margin: 0; display: grid; gap: 14px; }
    li { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; justify-content: space-between;
      padding: 18px 20px; background: var(--mw-surface); border: 2px solid var(--mw-border); border-radius: var(--mw-radius); }
    .title { font-size: 22px; font-weight: 700; }
    .actions { display: flex; gap: 10px; flex-wrap: wrap; }
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

/** Pieces the moderated kinds share on the projector: the button that opens the moderation window, and the cards of shown texts. */
import { css, html, nothing } from 'lit';
import type { LiveRoom } from '../../sync/live-room.ts';

/** The trainer's "Modereren" button beside a moderated exercise (the room's own window opens from it). */
export function moderateButton(room: LiveRoom | undefined) {
  return html`<button type="button" class="moderate" @click=${() => openModerationWindow(room)}>Modereren</button>`;
}

/** Opens (or brings forward) this deck's moderation window: a page on the trainer's laptop, not the projector. */
export function openModerationWindow(room: LiveRoom | undefined): void {
  const deck = room?.stage.get('deck');
  if (typeof deck !== 'string') return;
  // A leergang's session: the window takes the group's room, as the deck page did.
  const group = new URLSearchParams(location.search).get('leergang');
  const query = `deck=${encodeURIComponent(deck)}${group ? `&leergang=${encodeURIComponent(group)}` : ''}`;
  window.open(`/moderate?${query}`, `mw-moderate-${deck}`, 'popup,width=960,height=900');
}

/**
 * Shown texts as cards; text is always rendered as text (Lit escapes it), never as HTML. Only
 * the `limit` most recently shown fit on the projector: the card the trainer just showed is
 * always among them, and a line says how many earlier ones are left out.
 */
export function renderCards(texts: readonly string[], { limit, wide = false }: { limit: number; wide?: boolean }) {
  const visible = texts.slice(-limit);
  const hidden = texts.length - visible.length;
  return html`<ul class="cards ${texts.length > 4 ? 'many' : ''} ${wide ? 'wide' : ''}">
      ${visible.map((text) => html`<li class="card">${text}</li>`)}
    </ul>
    ${hidden > 0 ? html`<p class="more" data-hidden=${hidden}>+ ${hidden} eerder getoond</p>` : nothing}`;
}

/** The layout the moderated kinds' screens share: the question above a fixed stage of cards; neither in print. */
export const moderatedScreenStyles = css`
  :host { display: block; text-align: left; font-family: var(--mw-font); color: var(--mw-text); }
  .question { font-size: 34px; line-height: 1.25; font-weight: 600; margin: 0 0 12px; }
  .stage { height: 380px; overflow: hidden; }
  :host([print]) .toolbar, :host([print]) .stage { display: none; }
`;

export const cardStyles = css`
  .cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px;
    grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); align-content: start; }
  .card { font-size: 28px; line-height: 1.3; padding: 12px 18px; border-radius: var(--mw-radius);
    background: var(--mw-surface); border: 2px solid var(--mw-border); border-left: 8px solid var(--mw-accent);
    overflow-wrap: anywhere; }
  .cards.wide { grid-template-columns: repeat(auto-fill, minmax(560px, 1fr)); }
  .cards.many .card { font-size: 24px; padding: 8px 14px; }
  .more { font-size: 24px; color: var(--mw-muted); margin: 8px 0 0; }
  .toolbar { display: flex; align-items: center; gap: 10px; margin: 0 0 12px; font-size: 24px; }
  .toolbar .shown-count { font-weight: 700; margin-right: auto; }
  .toolbar button { font-size: 24px; padding: 4px 14px; }
  .toolbar button[aria-pressed='true'] { background: var(--mw-accent); color: var(--mw-on-accent); }
  .empty { font-size: 26px; color: var(--mw-muted); margin: 24px 0; }
`;

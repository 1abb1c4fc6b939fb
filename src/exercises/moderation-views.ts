/** Pieces the moderated kinds share on the projector: the button that opens the moderation window, and the cards of shown texts. */
import { css, html } from 'lit';
import type { LiveRoom } from '../deck/live-room.ts';

/** Opens (or brings forward) this deck's moderation window: a page on the trainer's laptop, not the projector. */
export function openModerationWindow(room: LiveRoom | undefined): void {
  const deck = room?.stage.get('deck');
  if (typeof deck !== 'string') return;
  window.open(`/moderate?deck=${encodeURIComponent(deck)}`, `mw-moderate-${deck}`, 'popup,width=960,height=900');
}

/** Shown texts as cards; text is always rendered as text (Lit escapes it), never as HTML. */
export function renderCards(texts: readonly string[]) {
  return html`<ul class="cards ${texts.length > 6 ? 'many' : ''}">
    ${texts.map((text) => html`<li class="card">${text}</li>`)}
  </ul>`;
}

export const cardStyles = css`
  .cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px;
    grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); align-content: start; }
  .card { font-size: 28px; line-height: 1.3; padding: 12px 18px; border-radius: var(--mw-radius);
    background: var(--mw-surface); border: 2px solid var(--mw-border); border-left: 8px solid var(--mw-accent);
    overflow-wrap: anywhere; }
  .cards.many .card { font-size: 24px; padding: 8px 14px; }
  .toolbar { display: flex; align-items: center; gap: 10px; margin: 0 0 12px; font-size: 24px; }
  .toolbar .shown-count { font-weight: 700; margin-right: auto; }
  .toolbar button { font-size: 24px; padding: 4px 14px; }
  .toolbar button[aria-pressed='true'] { background: var(--mw-accent); color: var(--mw-on-accent); }
  .empty { font-size: 26px; color: var(--mw-muted); margin: 24px 0; }
`;

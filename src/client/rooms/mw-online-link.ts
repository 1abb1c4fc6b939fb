/**
 * <mw-online-link>: the link for online participants, to paste into a video call's chat (decision
 * 0089), as text to select and a Kopieer button. One element for every trainer screen that shows
 * it: the join card, the start page and the moderation window. Its type size follows
 * `--mw-online-link-size` (the projector's card sets it larger).
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

@customElement('mw-online-link')
export class MwOnlineLink extends LitElement {
  /** The link itself (see join-urls.ts, onlineJoinUrlOf). */
  @property() url = '';
  @state() private copied = '';

  override render() {
    return html`<label for="link">Link voor online deelnemers</label>
      <p class="hint" id="hint">Plak hem in de chat van het videogesprek.</p>
      <div class="copy">
        <input id="link" readonly aria-describedby="hint" .value=${this.url} @focus=${() => this.input()?.select()} />
        <button type="button" @click=${() => this.copy()}>Kopieer</button>
        <span class="copied" role="status">${this.copied}</span>
      </div>`;
  }

  private input() {
    return this.renderRoot.querySelector<HTMLInputElement>('#link');
  }

  /** On a laptop that reaches the server over plain http the clipboard API is missing: the text is selected and copied the old way. */
  private async copy() {
    try {
      await navigator.clipboard.writeText(this.url);
      this.copied = 'Gekopieerd.';
    } catch {
      this.input()?.select();
      this.copied = document.execCommand('copy') ? 'Gekopieerd.' : 'Kopiëren lukte niet: selecteer de link en kopieer hem zelf.';
    }
  }

  static override styles = css`
    :host { display: block; font-size: var(--mw-online-link-size, 16px); font-family: var(--mw-font); color: var(--mw-text); }
    label { display: block; font-weight: 700; }
    p { margin: 0; }
    .hint { color: var(--mw-muted); margin: 2px 0 6px; }
    .copy { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
    input { flex: 1 1 16em; min-width: 0; font: inherit; padding: 6px 10px; color: var(--mw-text);
      background: var(--mw-surface); border: 2px solid var(--mw-border); border-radius: var(--mw-radius); }
    button { min-height: 44px; padding: 4px 16px; font: inherit; font-weight: 700; cursor: pointer;
      color: var(--mw-accent); background: var(--mw-surface); border: 2px solid var(--mw-accent); border-radius: var(--mw-radius); }
    button:hover { background: var(--mw-accent); color: var(--mw-on-accent); }
    :focus-visible { outline: 3px solid var(--mw-accent); outline-offset: 2px; }
    .copied { color: var(--mw-muted); font-size: 0.9em; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-online-link': MwOnlineLink;
  }
}

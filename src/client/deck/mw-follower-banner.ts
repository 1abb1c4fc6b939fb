/**
 * <mw-follower-banner>: on a deck that follows another laptop's presentation (decision 0092), a
 * bar across the top of the window, above the slides (projector.css fits them below it while
 * `html[data-live="following"]`): it says so, and "Zelf presenteren" (a `take-over` event) makes
 * this deck the presenter.
 */
import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';

@customElement('mw-follower-banner')
export class MwFollowerBanner extends LitElement {
  override render() {
    return html`<p role="status">
      <span>Je kijkt mee: de presentatie loopt op een ander apparaat.</span>
      <button type="button" @click=${() => this.dispatchEvent(new Event('take-over'))}>Zelf presenteren</button>
    </p>`;
  }

  static override styles = css`
    :host { position: fixed; top: 0; left: 0; right: 0; z-index: 999; font-family: var(--mw-font, sans-serif); }
    p {
      display: flex; align-items: center; justify-content: center; gap: 20px; margin: 0;
      box-sizing: border-box; height: var(--mw-follower-bar, 52px); padding: 0 16px;
      background: #17212b; color: #fff; font-size: 18px; line-height: 1.3;
    }
    button {
      font: inherit; font-weight: 700; padding: 6px 16px; border: 0; border-radius: 999px; cursor: pointer;
      background: #fff; color: #0a5c6b;
    }
    button:focus-visible { outline: 3px solid #ffd166; outline-offset: 2px; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-follower-banner': MwFollowerBanner;
  }
}

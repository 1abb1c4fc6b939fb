/** <mw-countdown>: the time left before an exercise locks itself, ticking on its own. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';

export function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

@customElement('mw-countdown')
export class MwCountdown extends LitElement {
  /** When time is up, in ms since the epoch. */
  @property({ type: Number }) closesAt?: number;
  private timer?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => this.requestUpdate(), 250);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  override render() {
    if (this.closesAt === undefined) return nothing;
    const remaining = this.closesAt - Date.now();
    return html`<span role="timer" aria-label="Tijd over" class=${remaining < 10_000 ? 'urgent' : ''}>nog ${formatRemaining(remaining)}</span>`;
  }

  static override styles = css`
    :host { display: inline-block; font-variant-numeric: tabular-nums; font-weight: 700; }
    .urgent { color: var(--mw-wrong); }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-countdown': MwCountdown;
  }
}

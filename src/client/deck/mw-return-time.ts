/**
 * <mw-return-time minutes="15">: on the pause slide, "Terug om 15:20", worked out from the
 * laptop's clock each time the slide is shown, so the trainer never types a time on a slide.
 * Until its slide is shown (and in the printed deck) it shows nothing: the slide's own text
 * says how long the break is.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { returnTime } from '../../shared/deck/return-time.ts';
import { SlideShownController } from './slide-shown-controller.ts';

@customElement('mw-return-time')
export class MwReturnTime extends LitElement {
  /** How long the break is. */
  @property({ type: Number }) minutes = 15;
  /** The clock; a test may give another. */
  now: () => Date = () => new Date();
  @state() private shownAt: Date | null = null;

  constructor() {
    super();
    new SlideShownController(this, () => {
      this.shownAt = this.now();
    });
  }

  override render() {
    if (!this.shownAt || !(this.minutes > 0)) return nothing;
    const time = returnTime(this.shownAt, this.minutes);
    return html`<p>Terug om <time datetime=${time.padStart(5, '0')}>${time}</time></p>`;
  }

  static override styles = css`
    :host { display: block; }
    p { margin: 0.5em 0 0; font-size: 2.2em; font-weight: 700; color: var(--mw-text, inherit); }
    time { color: var(--mw-accent, inherit); font-variant-numeric: tabular-nums; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-return-time': MwReturnTime;
  }
}

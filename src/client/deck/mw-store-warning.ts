/**
 * <mw-store-warning>: a red banner over the deck while the server says it cannot store answers
 * (a full or read-only disk). The session goes on from the server's memory; the trainer must
 * know that a crash now would lose answers, and export the results to be safe. It also says
 * why there is no live room at all when the server refused one (`problem`).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { CANNOT_STORE_SINCE } from '../../shared/room-schema.ts';
import { YMapController } from '../lib/y-map-controller.ts';
import { liveRoomContext } from '../exercise/live-room-context.ts';
import type { LiveRoom } from '../../sync/live-room.ts';

@customElement('mw-store-warning')
export class MwStoreWarning extends LitElement {
  @consume({ context: liveRoomContext }) @state() private room?: LiveRoom;
  /** Why the server gave this deck no live room (e.g. too little disk space), in the server's words. */
  @property() problem = '';

  private readonly live = new YMapController(this, () => (this.room ? [this.room.serverStatus] : []));

  protected override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('room')) this.live.refresh();
  }

  override render() {
    if (this.problem) return html`<p role="alert">Geen live sessie: ${this.problem}</p>`;
    if (typeof this.room?.serverStatus.get(CANNOT_STORE_SINCE) !== 'number') return nothing;
    return html`<p role="alert">
      Let op: de server kan antwoorden niet opslaan (schijf vol of niet schrijfbaar). Antwoorden blijven alleen in het
      geheugen.
    </p>`;
  }

  static override styles = css`
    :host { position: fixed; top: 0; left: 0; right: 0; z-index: 1000; font-family: var(--mw-font, sans-serif); }
    p {
      margin: 0; padding: 14px 24px; background: #b00020; color: #fff;
      font-size: 24px; font-weight: 700; line-height: 1.3; text-align: center;
      box-shadow: 0 4px 12px rgb(0 0 0 / 0.35);
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-store-warning': MwStoreWarning;
  }
}

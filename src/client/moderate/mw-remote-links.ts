/**
 * <mw-remote-links>: the trainer's phone as remote (decision 0086), made in the moderation window
 * on the laptop, never on a slide: a button makes a remote for this room and shows its QR code
 * until "Klaar"; each active remote can be revoked, which stops it at once.
 */
import QRCode from 'qrcode';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import type * as Y from 'yjs';
import { createRemote, revokeRemote, type RemoteLink } from '../../sync/remote-api.ts';
import { ApiError, type TrainerRoom } from '../../sync/room-api.ts';
import { YMapController } from '../lib/y-map-controller.ts';

@customElement('mw-remote-links')
export class MwRemoteLinks extends LitElement {
  @property({ attribute: false }) room?: Pick<TrainerRoom, 'code' | 'secret'>;
  /** RESULTS.remotes: the room's active remotes, as the server lists them. */
  @property({ attribute: false }) remotes?: Y.Map<unknown>;
  /** The remote just made, with its QR code, shown until the trainer presses "Klaar". */
  @state() private shown: (RemoteLink & { svg: string }) | null = null;
  @state() private problem = '';

  private readonly live = new YMapController(this, () => (this.remotes ? [this.remotes] : []));

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('remotes')) this.live.refresh();
  }

  private async act(change: () => Promise<void>) {
    this.problem = '';
    try {
      await change();
    } catch (error) {
      this.problem = error instanceof ApiError ? error.message : 'De server is niet bereikbaar.';
    }
  }

  private make() {
    return this.act(async () => {
      const link = await createRemote(location.origin, this.room!);
      // The QR is made from the link the server gave; qrcode's SVG holds no user text.
      this.shown = { ...link, svg: await QRCode.toString(link.url, { type: 'svg', margin: 1 }) };
    });
  }

  private revoke(id: string) {
    return this.act(async () => {
      await revokeRemote(location.origin, this.room!, id);
      if (this.shown?.id === id) this.shown = null;
    });
  }

  override render() {
    const ids = [...(this.remotes?.keys() ?? [])];
    return html`<details>
      <summary>Telefoon als afstandsbediening (${ids.length})</summary>
      <p class="explain">Loop rond en bedien het deck met je telefoon: notities, tijd, volgende dia, openen, vergrendelen en
        antwoord tonen. Toon de code alleen als dit venster niet op de projector staat.</p>
      ${this.shown
        ? html`<div class="shown" data-remote=${this.shown.id}>
            <div class="qr" aria-label="QR-code voor de afstandsbediening">${unsafeSVG(this.shown.svg)}</div>
            <p>Scan met de camera van je telefoon, of open op je telefoon: <code class="link">${this.shown.url}</code></p>
            <button type="button" @click=${() => (this.shown = null)}>Klaar: verberg de code</button>
          </div>`
        : html`<button type="button" class="make" @click=${() => this.make()}>Toon code voor mijn telefoon</button>`}
      ${ids.length > 0
        ? html`<ul>
            ${ids.map((id, i) => html`<li data-remote=${id}>Afstandsbediening ${i + 1}
              <button type="button" class="revoke" @click=${() => this.revoke(id)}>Intrekken</button></li>`)}
          </ul>`
        : nothing}
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
    </details>`;
  }

  static override styles = css`
    :host { display: block; margin: 12px 0; font-family: var(--mw-font); color: var(--mw-text); }
    summary { font-weight: 700; cursor: pointer; font-size: 18px; }
    .explain { color: var(--mw-muted); margin: 6px 0 10px; max-width: 42rem; }
    .qr { width: 240px; background: #fff; }
    .qr svg { display: block; width: 100%; height: auto; }
    ul { list-style: none; padding: 0; margin: 10px 0 0; display: grid; gap: 6px; }
    li { display: flex; gap: 12px; align-items: center; }
    button { font: inherit; padding: 6px 14px; border-radius: 8px; border: 2px solid var(--mw-accent); background: var(--mw-surface); color: var(--mw-accent); font-weight: 700; cursor: pointer; }
    .problem { color: var(--mw-wrong); }
    code { overflow-wrap: anywhere; font-size: 14px; background: var(--mw-bg); padding: 2px 4px; border-radius: 4px; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-remote-links': MwRemoteLinks;
  }
}

/**
 * <mw-join-card>: the QR code and the room code, big enough to scan and read from the back row,
 * with who joined; on the trainer's screen a button hides or shows the names on the projector,
 * and, folded away, the link for online participants to paste into a video call's chat (decision 0089).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import QRCode from 'qrcode';
import { formatJoinCode } from '../../shared/join-code.ts';
import { CAP, isShowingNames, REFUSED_FULL } from '../../shared/room-schema.ts';
import { YMapController } from '../lib/y-map-controller.ts';
import { liveRoomContext } from '../exercise/live-room-context.ts';
import type { LiveRoom } from '../../sync/live-room.ts';
import { joinLinkContext, type JoinLink } from './join-link-context.ts';
import { joinUrlOf, onlineJoinUrlOf } from '../rooms/join-urls.ts';
import '../rooms/mw-online-link.ts';

@customElement('mw-join-card')
export class MwJoinCard extends LitElement {
  /** "nee" for a hall: no names on the projector (the phones do not ask for one either). */
  @property() names: 'ja' | 'nee' = 'ja';
  @consume({ context: liveRoomContext }) @state() private room?: LiveRoom;
  @consume({ context: joinLinkContext }) @state() private link?: JoinLink;
  @state() private svg = '';

  private readonly live = new YMapController(this, () => (this.room ? [this.room.people, this.room.serverStatus, this.room.stage] : []));

  protected override async willUpdate(changed: Map<string, unknown>) {
    if (changed.has('room')) this.live.refresh();
    if (changed.has('link') && this.link) {
      // The QR is made from a string we built; qrcode's SVG output holds no user text.
      this.svg = await QRCode.toString(joinUrlOf(this.link), { type: 'svg', margin: 1 });
    }
  }

  override render() {
    if (!this.link) return html`<p class="offline">Geen live verbinding: open het deck via de trainerpagina.</p>`;
    const { joinUrl, code } = this.link;
    const people = this.room ? [...this.room.people.values()] : [];
    const online = people.filter((person) => person.online).length;
    const areNamesShown = this.room ? isShowingNames(this.room.stage) : true;
    const names = this.names === 'nee' || !areNamesShown ? [] : people.map((person) => person.nickname).filter(Boolean);
    return html`
      <div class="card">
        <div class="qr" data-url=${joinUrlOf(this.link)}>${unsafeSVG(this.svg)}</div>
        <div class="how">
          <p class="step">Scan de code, of ga naar</p>
          <p class="url">${joinUrl.replace(/^https?:\/\//, '')}</p>
          <p class="step">en typ</p>
          <p class="code" data-code=${code}>${formatJoinCode(code)}</p>
          <p class="count" data-online=${online}>${online} ${online === 1 ? 'deelnemer' : 'deelnemers'} verbonden</p>
          ${names.length ? html`<p class="names">${names.slice(-12).map((name, i) => html`${i ? ' · ' : ''}<bdi>${name}</bdi>`)}</p>` : nothing}
          ${this.names === 'ja' && this.room?.isTrainer
            ? html`<button type="button" class="toggle-names" @click=${() => this.room?.showNames(!areNamesShown)}>
                ${areNamesShown ? 'Namen verbergen' : 'Namen tonen'}
              </button>`
            : nothing}
          ${this.renderSeats(people.length)}
          ${this.room?.isTrainer ? this.renderOnlineLink(onlineJoinUrlOf(this.link)) : nothing}
        </div>
      </div>
    `;
  }

  /**
   * The online link, folded: most rooms have nobody online, and on the projector the link is
   * clutter until the trainer opens it (a keyboard opens it too: the summary is a button).
   */
  private renderOnlineLink(url: string) {
    return html`<details class="online">
      <summary>Online deelnemers?</summary>
      <mw-online-link .url=${url}></mw-online-link>
    </details>`;
  }

  /** Seats taken of the room's cap, and a warning once phones were refused because it was full. */
  private renderSeats(taken: number) {
    const cap = this.room?.serverStatus.get(CAP);
    const refused = this.room?.serverStatus.get(REFUSED_FULL);
    if (typeof cap !== 'number') return nothing;
    const isOver = typeof refused === 'number' && refused > 0;
    return html`<p class="seats" data-taken=${taken} data-cap=${cap}>${taken} van ${cap} plaatsen</p>
      ${isOver
        ? html`<p class="full" role="alert" data-refused=${refused}>
            Vol: ${refused} ${refused === 1 ? 'telefoon kon' : 'telefoons konden'} er niet meer bij.
            Haal weg wie niet meedoet (Modereren → Deelnemers), of zet meer plaatsen in het deck.
          </p>`
        : nothing}`;
  }

  static override styles = css`
    :host { display: block; font-family: var(--mw-font); color: var(--mw-text); }
    .card { display: grid; grid-template-columns: var(--mw-qr-size, 440px) 1fr; gap: 48px; align-items: center; text-align: left; }
    .qr { background: #fff; padding: 12px; border-radius: var(--mw-radius); border: 2px solid var(--mw-border); line-height: 0; }
    .qr svg { width: 100%; height: auto; }
    p { margin: 0; }
    .step { font-size: 28px; color: var(--mw-muted); }
    .url { font-size: 34px; font-weight: 700; margin: 6px 0 18px; word-break: break-all; }
    .code { font-size: 96px; font-weight: 800; letter-spacing: 0.08em; color: var(--mw-accent); line-height: 1.1; }
    .count { font-size: 28px; margin-top: 18px; font-weight: 600; }
    .seats { font-size: 22px; color: var(--mw-muted); margin-top: 8px; }
    .full { font-size: 24px; font-weight: 700; margin-top: 12px; padding: 8px 14px; border-radius: var(--mw-radius);
      background: var(--mw-warn-soft); color: var(--mw-text); }
    .how { min-width: 0; }
    /* A name is one word as long as 30 letters: it wraps rather than widen the slide. Each name is
       a <bdi>, so a right-to-left name never reorders the names beside it. */
    .names { font-size: 22px; color: var(--mw-muted); margin-top: 8px; overflow-wrap: anywhere; }
    .toggle-names { margin-top: 14px; min-height: 36px; padding: 4px 14px; font: inherit; font-size: 18px; font-weight: 600; cursor: pointer;
      color: var(--mw-muted); background: transparent; border: 2px solid var(--mw-border); border-radius: var(--mw-radius); }
    .toggle-names:hover { color: var(--mw-text); border-color: var(--mw-muted); }
    .toggle-names:focus-visible { outline: 3px solid var(--mw-accent); outline-offset: 2px; }
    .offline { font-size: 28px; color: var(--mw-muted); }
    .online { margin-top: 16px; }
    .online summary { display: inline-block; font-size: 20px; font-weight: 600; color: var(--mw-muted); cursor: pointer; padding: 4px 0; }
    .online summary::before { content: '▸ '; }
    .online[open] summary::before { content: '▾ '; }
    .online summary::-webkit-details-marker { display: none; }
    .online summary:hover { color: var(--mw-text); }
    .online summary:focus-visible { outline: 3px solid var(--mw-accent); outline-offset: 2px; }
    .online mw-online-link { --mw-online-link-size: 18px; margin-top: 6px; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-join-card': MwJoinCard;
  }
}

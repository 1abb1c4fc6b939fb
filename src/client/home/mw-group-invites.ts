/**
 * <mw-group-invites>: a leergang's co-trainer links on the start page, each with a QR code to
 * scan from a tablet; whoever opens one is a trainer in that browser until the link is revoked.
 */
import QRCode from 'qrcode';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { createInvite, revokeInvite, type GroupInvite, type GroupSummary } from '../../sync/group-api.ts';
import { ApiError } from '../../sync/room-api.ts';
import { groupChanged, groupStyles } from './group-styles.ts';

type ActiveInvite = GroupInvite & { url: string };

@customElement('mw-group-invites')
export class MwGroupInvites extends LitElement {
  @property({ attribute: false }) group!: GroupSummary;
  @state() private problem = '';
  /** QR codes of active links, by invite id, made as the links appear. */
  @state() private qrs: Record<string, string> = {};

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('group')) void this.makeQrs();
  }

  private get active(): ActiveInvite[] {
    return this.group.invites.filter((invite): invite is ActiveInvite => invite.url !== null);
  }

  private async makeQrs() {
    for (const invite of this.active) {
      if (!this.qrs[invite.id]) this.qrs = { ...this.qrs, [invite.id]: await QRCode.toString(invite.url, { type: 'svg', margin: 1 }) };
    }
  }

  private async act(change: () => Promise<unknown>) {
    try {
      await change();
      this.dispatchEvent(groupChanged());
    } catch (error) {
      this.problem = error instanceof ApiError ? error.message : 'De server is niet bereikbaar.';
    }
  }

  override render() {
    const { active, group } = this;
    return html`<details class="invites" ?open=${active.length > 0}>
      <summary>Co-trainers (${active.length} ${active.length === 1 ? 'link' : 'links'})</summary>
      <p class="explain">Een co-trainer (of jijzelf op een nieuwe laptop) opent deze link of scant de QR-code, en is daarna
        trainer op die browser: alle leergangen en sessies. Trek de link in als hij niet meer nodig is.</p>
      ${active.map(
        (invite) => html`<div class="invite" data-invite=${invite.id}>
          <div class="qr">${unsafeSVG(this.qrs[invite.id] ?? '')}</div>
          <div class="link">
            <code>${invite.url}</code>
            <button type="button" @click=${() => this.act(() => revokeInvite(location.origin, group.id, invite.id))}>Intrekken</button>
          </div>
        </div>`,
      )}
      ${this.problem ? html`<p class="note" role="alert">${this.problem}</p>` : nothing}
      <button type="button" @click=${() => this.act(() => createInvite(location.origin, group.id))}>Co-trainer uitnodigen</button>
    </details>`;
  }

  static override styles = [
    groupStyles,
    css`
      .explain { color: var(--mw-muted); margin: 6px 0 10px; }
      .invite { display: flex; gap: 16px; align-items: center; margin-bottom: 12px; }
      .qr { width: 132px; flex: none; background: #fff; }
      .qr svg { width: 100%; height: auto; display: block; }
      .link { display: grid; gap: 8px; justify-items: start; min-width: 0; }
      code { overflow-wrap: anywhere; font-size: 15px; background: var(--mw-bg); padding: 4px 6px; border-radius: 4px; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-group-invites': MwGroupInvites;
  }
}

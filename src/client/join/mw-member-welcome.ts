/**
 * <mw-member-welcome>: shown once, at a phone's first join to a leergang's session: the group,
 * the personal code to write down (it makes a new phone the same member), and in two sentences
 * what is kept and for how long, with a link to the privacy page. Loaded only in a leergang's
 * session, so the join page stays light.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { DEFAULT_RETENTION_DAYS } from '../../shared/leergang/retention.ts';
import { formatPersonalCode } from '../../shared/personal-code.ts';
import type { Membership } from '../../sync/room-api.ts';

/** "een jaar", "2 jaar" or "90 dagen": how long the data are kept, as a phone says it. */
export function retentionInWords(days: number): string {
  if (days % 365 !== 0) return days === 1 ? '1 dag' : `${days} dagen`;
  return days === 365 ? 'een jaar' : `${days / 365} jaar`;
}

@customElement('mw-member-welcome')
export class MwMemberWelcome extends LitElement {
  @property({ attribute: false }) member: Membership | null = null;

  override render() {
    const { member } = this;
    if (!member) return nothing;
    const kept = retentionInWords(member.retentionDays ?? DEFAULT_RETENTION_DAYS);
    return html`<h1>Welkom bij ${member.group.name}</h1>
      <p>Je doet mee aan alle bijeenkomsten van deze leergang. Dit is je persoonlijke code:</p>
      <p class="code" aria-label="Persoonlijke code">${formatPersonalCode(member.personalCode ?? '')}</p>
      <p>Schrijf hem op. Met deze code ben je op een andere telefoon weer jezelf.</p>
      <p class="privacy">We bewaren je antwoorden, je opdrachten en bij welke bijeenkomsten je was, onder een
        schuilnaam. ${kept[0].toUpperCase()}${kept.slice(1)} na de laatste bijeenkomst wissen we alles; je kunt het ook
        eerder zelf wissen. <a href="/privacy.html" target="_blank" rel="noopener">Meer over je gegevens</a></p>
      <button type="button" @click=${() => this.dispatchEvent(new Event('done', { bubbles: true, composed: true }))}>Verder</button>`;
  }

  static override styles = css`
    :host { display: block; font-size: 18px; line-height: 1.45; }
    h1 { font-size: 26px; margin: 8px 0 16px; }
    .code { font-size: 30px; font-weight: 700; letter-spacing: 0.08em; text-align: center; padding: 14px;
      background: var(--mw-surface); border: 2px dashed var(--mw-accent); border-radius: var(--mw-radius); }
    .privacy { color: var(--mw-muted); font-size: 16px; }
    .privacy a { color: var(--mw-accent); font-weight: 700; display: inline-block; padding: 6px 0; }
    button { width: 100%; margin-top: 16px; min-height: 56px; font: inherit; font-size: 20px; font-weight: 700; border: 0;
      border-radius: var(--mw-radius); background: var(--mw-accent); color: var(--mw-on-accent); }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-member-welcome': MwMemberWelcome;
  }
}

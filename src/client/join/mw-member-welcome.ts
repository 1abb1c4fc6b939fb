/**
 * <mw-member-welcome>: shown once, at a phone's first join to a leergang's session: the group,
 * the personal code to write down (it makes a new phone the same member), and in two sentences
 * what is kept and for how long. Loaded only in a leergang's session, so the join page stays light.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatPersonalCode } from '../../shared/personal-code.ts';

@customElement('mw-member-welcome')
export class MwMemberWelcome extends LitElement {
  @property() groupName = '';
  @property() personalCode = '';

  override render() {
    return html`<h1>Welkom bij ${this.groupName}</h1>
      <p>Je doet mee aan alle bijeenkomsten van deze leergang. Dit is je persoonlijke code:</p>
      <p class="code" aria-label="Persoonlijke code">${formatPersonalCode(this.personalCode)}</p>
      <p>Schrijf hem op. Met deze code ben je op een andere telefoon weer jezelf.</p>
      <p class="privacy">We bewaren je antwoorden en bij welke bijeenkomsten je was onder een schuilnaam, niet
        onder je naam. Wil je dat we iets wissen, vraag het de trainer.</p>
      <button type="button" @click=${() => this.dispatchEvent(new Event('done', { bubbles: true, composed: true }))}>Verder</button>`;
  }

  static override styles = css`
    :host { display: block; font-size: 18px; line-height: 1.45; }
    h1 { font-size: 26px; margin: 8px 0 16px; }
    .code { font-size: 30px; font-weight: 700; letter-spacing: 0.08em; text-align: center; padding: 14px;
      background: var(--mw-surface); border: 2px dashed var(--mw-accent); border-radius: var(--mw-radius); }
    .privacy { color: var(--mw-muted); font-size: 16px; }
    button { width: 100%; margin-top: 16px; min-height: 56px; font: inherit; font-size: 20px; font-weight: 700; border: 0;
      border-radius: var(--mw-radius); background: var(--mw-accent); color: var(--mw-on-accent); }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-member-welcome': MwMemberWelcome;
  }
}

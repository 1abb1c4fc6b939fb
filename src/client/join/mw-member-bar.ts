/**
 * <mw-member-bar>: above the live view in a leergang's session: the way to "Mijn leergang", and
 * for a member who missed the previous session a card with what it covered and its transfer task,
 * until they put it away. Reads only the member's own history (memberHistoryContext).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { missedSession } from '../../shared/leergang/catch-up.ts';
import type { MemberHistory } from '../../shared/leergang/member-history.ts';
import { memberHistoryContext } from '../lib/member-history-context.ts';

const readKey = (history: MemberHistory, session: number) => `mentorwijs:caught-up:${history.group.id}:${session}`;

@customElement('mw-member-bar')
export class MwMemberBar extends LitElement {
  @state() private history?: MemberHistory;
  @state() private isOpen = false;
  private unsubscribe?: () => void;

  // The context protocol by hand, as provide-value.ts does: @lit/context's consumer would be one
  // more file in the list the join page carries for this part.
  override connectedCallback(): void {
    super.connectedCallback();
    const callback = (history: MemberHistory | undefined, unsubscribe?: () => void) => {
      this.history = history;
      this.unsubscribe = unsubscribe;
    };
    this.dispatchEvent(Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context: memberHistoryContext, contextTarget: this, callback, subscribe: true,
    }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  private async open() {
    await import('./mw-my-leergang.ts');
    this.isOpen = true;
  }

  private putAway(session: number) {
    localStorage.setItem(readKey(this.history!, session), '1');
    this.requestUpdate();
  }

  override render() {
    const missed = this.history ? missedSession(this.history) : null;
    const showsCard = missed && !localStorage.getItem(readKey(this.history!, missed.session));
    return html`<button type="button" class="mine" @click=${this.open}>Mijn leergang</button>
      ${showsCard
        ? html`<section class="catch-up" aria-labelledby="missed">
            <h2 id="missed">Je miste bijeenkomst ${missed.session}</h2>
            ${missed.about ? html`<p>Daar ging het over: ${missed.about}</p>` : nothing}
            ${missed.asked.map((task) => html`<p class="task">De opdracht voor thuis was: <strong>${task.question}</strong></p>`)}
            <button type="button" @click=${() => this.putAway(missed.session)}>Gelezen</button>
          </section>`
        : nothing}
      ${this.isOpen ? html`<mw-my-leergang overlay @closed=${() => (this.isOpen = false)}></mw-my-leergang>` : nothing}`;
  }

  static override styles = css`
    :host { display: block; margin: -8px 0 16px; }
    .mine { display: block; margin-left: auto; min-height: 44px; padding: 0 12px; font: inherit; font-size: 16px; font-weight: 600;
      color: var(--mw-accent); background: none; border: 2px solid var(--mw-accent); border-radius: var(--mw-radius); }
    .catch-up { margin-top: 12px; padding: 14px 16px; font-size: 17px; line-height: 1.45; background: var(--mw-accent-soft);
      border-left: 5px solid var(--mw-accent); border-radius: var(--mw-radius); }
    h2 { font-size: 20px; margin: 0 0 8px; }
    p { margin: 0 0 8px; }
    .catch-up button { min-height: 48px; width: 100%; font: inherit; font-size: 18px; font-weight: 700; border: 0;
      border-radius: var(--mw-radius); background: var(--mw-accent); color: var(--mw-on-accent); }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-member-bar': MwMemberBar;
  }
}

/**
 * <mw-scale-phone>: rate a statement with one tap; after the trainer shows the result, see the
 * room's; with `vergelijk:`, this member's own shift since the earlier session: from what this
 * phone kept (answer-memory.ts), else from the member's own history on the server (a new phone).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { storageContext } from '../../../client/lib/storage-context.ts';
import { memberHistoryContext } from '../../../client/lib/member-history-context.ts';
import type { MemberHistory } from '../../../shared/leergang/member-history.ts';
import type { ExerciseStatus } from '../../../shared/room-schema.ts';
import { recallScaleAnswer, rememberScaleAnswer } from './answer-memory.ts';
import type { ScalePrompt, ScaleReveal } from '../model.ts';
import { formatScore, formatShift } from '../format.ts';
import { phoneStyles } from '../../../client/exercise/phone-styles.ts';

@customElement('mw-scale-phone')
export class MwScalePhone extends LitElement {
  @property({ attribute: false }) prompt?: ScalePrompt;
  @property() status: ExerciseStatus = 'open';
  @property({ attribute: false }) reveal?: ScaleReveal;
  @property({ attribute: false }) answer?: number;
  /** Where this phone keeps its own answers (the page provides it); without one it keeps none. */
  @consume({ context: storageContext }) private storage?: Storage;
  /** In a leergang's session: the member's own history (it arrives after joining). */
  @consume({ context: memberHistoryContext, subscribe: true }) private history?: MemberHistory;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if ((changed.has('answer') || changed.has('prompt')) && this.storage && this.prompt?.remember && typeof this.answer === 'number') {
      rememberScaleAnswer(this.storage, this.prompt.remember, this.answer);
    }
  }

  private choose(value: number) {
    this.dispatchEvent(new CustomEvent('answer-submitted', { detail: { value }, bubbles: true, composed: true }));
  }

  override render() {
    const prompt = this.prompt;
    if (!prompt) return nothing;
    const values = Array.from({ length: prompt.max - prompt.min + 1 }, (_, i) => prompt.min + i);
    const isLikert = prompt.labels.length === values.length;
    const labelOf = (value: number) => prompt.labels.find((label) => label.value === value)?.text;
    const reveal = this.status === 'revealed' ? this.reveal : undefined;
    return html`
      <h2 class="question" id="question">${prompt.question}</h2>
      <div class="options ${isLikert ? 'likert' : 'numeric'}" role="group" aria-labelledby="question">
        ${values.map(
          (value) => html`<button
            type="button"
            class=${this.answer === value ? 'mine' : ''}
            data-value=${value}
            aria-pressed=${this.answer === value ? 'true' : 'false'}
            aria-label=${isLikert ? labelOf(value)! : `${value}${labelOf(value) ? `, ${labelOf(value)}` : ''}`}
            ?disabled=${this.status !== 'open'}
            @click=${() => this.choose(value)}
          >
            ${isLikert ? labelOf(value) : value}
          </button>`,
        )}
      </div>
      ${!isLikert && prompt.labels.length
        ? html`<div class="ends" aria-hidden="true"><span>${labelOf(prompt.min) ?? ''}</span><span>${labelOf(prompt.max) ?? ''}</span></div>`
        : nothing}
      <p class="hint" role="status">${this.hint(reveal)}</p>
      ${reveal && prompt.compare ? html`<p class="shift" role="status">${this.shift(prompt.compare)}</p>` : nothing}
    `;
  }

  /** Private: computed from this phone's own memory or the member's own history, never from anything the room shares. */
  private shift(compare: NonNullable<ScalePrompt['compare']>): string {
    const before = (this.storage ? recallScaleAnswer(this.storage, compare.remember) : null) ?? this.history?.scales[compare.remember] ?? null;
    if (before === null) {
      const earlier = this.history?.sessions.find((s) => s.deck === compare.remember.split('/')[0]);
      if (earlier && !earlier.attended) return `Je was niet bij ${compare.session}, dus er is geen eerdere score van jou.`;
      return `Van ${compare.session} is ${this.history ? 'van jou' : 'op deze telefoon'} geen antwoord bewaard.`;
    }
    if (this.answer === undefined) return `In ${compare.session} gaf je ${this.named(before)}.`;
    return `In ${compare.session} gaf je ${this.named(before)}, nu ${this.named(this.answer)} (${formatShift(this.answer - before)}).`;
  }

  /** A value as the participant saw it: the number, or a Likert label in quotes. */
  private named(value: number): string {
    const prompt = this.prompt!;
    const isLikert = prompt.labels.length === prompt.max - prompt.min + 1;
    const label = prompt.labels.find((l) => l.value === value)?.text;
    return isLikert && label ? `"${label}"` : String(value);
  }

  private hint(reveal: ScaleReveal | undefined) {
    if (reveal) {
      const room = `De groep: gemiddeld ${formatScore(reveal.tally.mean)} (${reveal.tally.total} antwoorden).`;
      return this.answer === undefined ? room : `Jij gaf ${this.answer}. ${room}`;
    }
    if (this.status === 'locked') return this.answer === undefined ? 'De vraag is gesloten.' : 'Antwoord ontvangen. De trainer heeft de vraag gesloten.';
    return this.answer === undefined ? 'Tik op je antwoord.' : 'Antwoord ontvangen. Je mag nog wisselen.';
  }

  static override styles = [
    phoneStyles,
    css`
    .question { font-size: 22px; line-height: 1.3; margin: 0 0 16px; }
    .options { display: grid; gap: 8px; }
    .numeric { grid-template-columns: repeat(6, 1fr); }
    .likert { grid-template-columns: 1fr; gap: 10px; }
    button {
      min-height: 56px; font: inherit; font-size: 20px; font-weight: 700; color: inherit;
      background: var(--mw-surface); border: 2px solid var(--mw-border); border-radius: var(--mw-radius);
    }
    .likert button { font-size: 18px; text-align: left; padding: 0 16px; }
    button[disabled] { color: inherit; }
    .mine { border: 3px solid var(--mw-accent); background: var(--mw-accent); color: var(--mw-on-accent); }
    button.mine[disabled] { color: var(--mw-on-accent); }
    .ends { display: flex; justify-content: space-between; font-size: 15px; color: var(--mw-muted); margin-top: 6px; }
    .shift { font-size: 18px; margin: 10px 0 0; padding: 10px 12px; border-left: 5px solid var(--mw-accent); background: var(--mw-accent-soft); }
  `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-scale-phone': MwScalePhone;
  }
}

/** <mw-scale-phone>: rate a statement with one tap; after the trainer shows the result, see the room's. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ExerciseStatus } from '../../shared/room-schema.ts';
import { formatScore, type ScalePrompt, type ScaleReveal } from './model.ts';

@customElement('mw-scale-phone')
export class MwScalePhone extends LitElement {
  @property({ attribute: false }) prompt?: ScalePrompt;
  @property() status: ExerciseStatus = 'open';
  @property({ attribute: false }) reveal?: ScaleReveal;
  @property({ attribute: false }) answer?: number;

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
    `;
  }

  private hint(reveal: ScaleReveal | undefined) {
    if (reveal) {
      const room = `De groep: gemiddeld ${formatScore(reveal.tally.mean)} (${reveal.tally.total} antwoorden).`;
      return this.answer === undefined ? room : `Jij gaf ${this.answer}. ${room}`;
    }
    if (this.status === 'locked') return this.answer === undefined ? 'De vraag is gesloten.' : 'Antwoord ontvangen. De trainer heeft de vraag gesloten.';
    return this.answer === undefined ? 'Tik op je antwoord.' : 'Antwoord ontvangen. Je mag nog wisselen.';
  }

  static override styles = css`
    :host { display: block; font-family: var(--mw-font); color: var(--mw-text); }
    .question { font-size: 22px; line-height: 1.3; margin: 0 0 16px; }
    .options { display: grid; gap: 8px; }
    .numeric { grid-template-columns: repeat(6, 1fr); }
    .likert { grid-template-columns: 1fr; gap: 10px; }
    button {
      min-height: 56px; font: inherit; font-size: 20px; font-weight: 700; color: inherit;
      background: var(--mw-surface); border: 2px solid var(--mw-border); border-radius: var(--mw-radius);
    }
    .likert button { font-size: 18px; text-align: left; padding: 0 16px; }
    button:focus-visible { outline: 3px solid var(--mw-accent); outline-offset: 2px; }
    button[disabled] { color: inherit; }
    .mine { border: 3px solid var(--mw-accent); background: var(--mw-accent); color: var(--mw-on-accent); }
    button.mine[disabled] { color: var(--mw-on-accent); }
    .ends { display: flex; justify-content: space-between; font-size: 15px; color: var(--mw-muted); margin-top: 6px; }
    .hint { font-size: 18px; font-weight: 600; margin: 16px 0 0; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-scale-phone': MwScalePhone;
  }
}

/** <mw-choice-phone>: the question on a phone; one tap answers, reveal marks right and own answer. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ExerciseStatus } from '../../shared/room-schema.ts';
import type { ChoicePrompt, ChoiceReveal } from './model.ts';

@customElement('mw-choice-phone')
export class MwChoicePhone extends LitElement {
  @property({ attribute: false }) prompt?: ChoicePrompt;
  @property() status: ExerciseStatus = 'open';
  @property({ attribute: false }) reveal?: ChoiceReveal;
  /** This participant's answer in the current round, if any. */
  @property({ attribute: false }) answer?: string;

  private choose(value: string) {
    this.dispatchEvent(new CustomEvent('answer-submitted', { detail: { value }, bubbles: true, composed: true }));
  }

  override render() {
    if (!this.prompt) return nothing;
    const reveal = this.status === 'revealed' ? this.reveal : undefined;
    const canAnswer = this.status === 'open';
    return html`
      <h2 class="question" id="question">${this.prompt.question}</h2>
      <div class="options" role="group" aria-labelledby="question">
        ${this.prompt.options.map((option, index) => {
          const isMine = this.answer === option.id;
          const isCorrect = reveal?.correct === option.id;
          const classes = [isMine ? 'mine' : '', isCorrect ? 'correct' : '', reveal && isMine && !isCorrect ? 'wrong' : '']
            .filter(Boolean)
            .join(' ');
          return html`<button
            type="button"
            class=${classes}
            data-option=${option.id}
            aria-pressed=${isMine ? 'true' : 'false'}
            ?disabled=${!canAnswer}
            @click=${() => this.choose(option.id)}
          >
            <span class="letter" aria-hidden="true">${String.fromCharCode(65 + index)}</span>
            <span class="text">${option.text}</span>
            ${isMine ? html`<span class="tag">jouw keuze</span>` : nothing}
          </button>`;
        })}
      </div>
      <p class="hint" role="status">${this.hint(reveal)}</p>
      ${reveal ? html`<p class="explanation">${reveal.explanation}</p>` : nothing}
    `;
  }

  private hint(reveal: ChoiceReveal | undefined) {
    if (reveal) {
      if (this.answer === undefined) return 'Je hebt niet geantwoord. Het juiste antwoord is groen.';
      return this.answer === reveal.correct ? 'Goed! Jouw antwoord is juist.' : 'Niet juist. Het juiste antwoord is groen.';
    }
    if (this.status === 'locked') return this.answer ? 'Antwoord ontvangen. De trainer heeft de vraag gesloten.' : 'De vraag is gesloten.';
    return this.answer ? 'Antwoord ontvangen. Je mag nog wisselen.' : 'Tik op je antwoord.';
  }

  static override styles = css`
    :host { display: block; font-family: var(--mw-font); color: var(--mw-text); }
    .question { font-size: 22px; line-height: 1.3; margin: 0 0 16px; }
    .options { display: grid; gap: 12px; }
    button {
      display: grid; grid-template-columns: 40px 1fr; align-items: center; gap: 12px; text-align: left;
      min-height: 60px; padding: 10px 14px; font: inherit; font-size: 18px; color: inherit;
      background: var(--mw-surface); border: 2px solid var(--mw-border); border-radius: var(--mw-radius);
    }
    button:focus-visible { outline: 3px solid var(--mw-accent); outline-offset: 2px; }
    button[disabled] { color: inherit; }
    .letter { display: grid; place-items: center; width: 36px; height: 36px; border-radius: 50%;
      background: var(--mw-accent); color: #fff; font-weight: 700; }
    .tag { grid-column: 2; font-size: 14px; font-weight: 700; color: var(--mw-accent); }
    .mine { border-color: var(--mw-accent); border-width: 3px; background: var(--mw-accent-soft); }
    .correct { border-color: var(--mw-correct); border-width: 3px; background: var(--mw-correct-soft); }
    .correct .letter { background: var(--mw-correct); }
    .wrong { border-color: var(--mw-wrong); background: var(--mw-wrong-soft); }
    .wrong .letter { background: var(--mw-wrong); }
    .hint { font-size: 18px; font-weight: 600; margin: 16px 0 0; }
    .explanation { font-size: 17px; line-height: 1.4; margin: 10px 0 0; padding: 10px 12px;
      border-left: 5px solid var(--mw-correct); background: var(--mw-correct-soft); }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-choice-phone': MwChoicePhone;
  }
}

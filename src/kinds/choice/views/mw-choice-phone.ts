/**
 * <mw-choice-phone>: a knowledge question on a phone. Single choice and true/false answer with
 * one tap; multi-select ticks options and sends them with one button. Reveal marks the right
 * options and this participant's own answer.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ExerciseStatus } from '../../../shared/room-schema.ts';
import type { ChoiceAnswer, ChoicePrompt, ChoiceReveal } from '../model.ts';
import { isCorrect } from '../scoring.ts';
import { phoneStyles } from '../../../client/exercise/phone-styles.ts';

@customElement('mw-choice-phone')
export class MwChoicePhone extends LitElement {
  @property({ attribute: false }) prompt?: ChoicePrompt;
  @property() status: ExerciseStatus = 'open';
  @property({ attribute: false }) reveal?: ChoiceReveal;
  /** This participant's answer in the current round, if any. */
  @property({ attribute: false }) answer?: ChoiceAnswer;
  /** Multi-select: the ticks not yet sent. */
  @state() private ticked: string[] | null = null;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('answer') || changed.has('prompt')) this.ticked = null;
  }

  private get isMulti() {
    return this.prompt?.mode === 'multi';
  }

  private picked(): string[] {
    if (this.ticked) return this.ticked;
    return this.answer === undefined ? [] : Array.isArray(this.answer) ? this.answer : [this.answer];
  }

  private send(value: ChoiceAnswer) {
    this.dispatchEvent(new CustomEvent('answer-submitted', { detail: { value }, bubbles: true, composed: true }));
  }

  private tap(id: string) {
    if (!this.isMulti) return this.send(id);
    const picked = this.picked();
    this.ticked = (picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id]).sort();
  }

  override render() {
    if (!this.prompt) return nothing;
    const reveal = this.status === 'revealed' ? this.reveal : undefined;
    const canAnswer = this.status === 'open';
    const sent = this.answer === undefined ? [] : Array.isArray(this.answer) ? this.answer : [this.answer];
    const picked = this.picked();
    const hasUnsent = this.isMulti && this.ticked !== null && this.ticked.join() !== sent.join();
    return html`
      <h2 class="question" id="question">${this.prompt.question}</h2>
      ${this.isMulti
        ? html`<p class="how">${this.prompt.poll ? 'Meerdere antwoorden mogelijk' : 'Meerdere antwoorden kunnen goed zijn'}. Vink aan en verstuur.</p>`
        : nothing}
      <div class="options ${this.prompt.mode}" role="group" aria-labelledby="question">
        ${this.prompt.options.map((option, index) => {
          const isMine = picked.includes(option.id);
          const isRight = reveal?.correct.includes(option.id) ?? false;
          const isWrong = reveal && !this.prompt!.poll && isMine && !isRight;
          const classes = [isMine ? 'mine' : '', isRight ? 'correct' : '', isWrong ? 'wrong' : ''];
          return html`<button
            type="button"
            class=${classes.filter(Boolean).join(' ')}
            data-option=${option.id}
            aria-pressed=${isMine ? 'true' : 'false'}
            ?disabled=${!canAnswer}
            @click=${() => this.tap(option.id)}
          >
            <span class="letter" aria-hidden="true">${this.isMulti ? (isMine ? '✓' : '') : this.prompt!.mode === 'truefalse' ? '' : String.fromCharCode(65 + index)}</span>
            <span class="text">${option.text}</span>
            ${sent.includes(option.id) ? html`<span class="tag">jouw keuze</span>` : nothing}
          </button>`;
        })}
      </div>
      ${this.isMulti && canAnswer
        ? html`<button type="button" class="send" ?disabled=${!hasUnsent || picked.length === 0} @click=${() => this.send(picked)}>
            Verstuur
          </button>`
        : nothing}
      <p class="hint" role="status">${this.hint(reveal, sent, hasUnsent)}</p>
      ${reveal?.explanation ? html`<p class="explanation">${reveal.explanation}</p>` : nothing}
    `;
  }

  private hint(reveal: ChoiceReveal | undefined, sent: string[], hasUnsent: boolean) {
    if (reveal && this.prompt?.poll) return sent.length ? 'Dank je. De uitslag staat op het scherm.' : 'De peiling is gesloten. De uitslag staat op het scherm.';
    if (reveal) {
      if (sent.length === 0) return 'Je hebt niet geantwoord. Het juiste antwoord is groen.';
      return isCorrect(reveal, this.answer) ? 'Goed! Jouw antwoord is juist.' : 'Niet juist. Het juiste antwoord is groen.';
    }
    if (this.status === 'locked') return sent.length ? 'Antwoord ontvangen. De trainer heeft de vraag gesloten.' : 'De vraag is gesloten.';
    if (hasUnsent) return 'Nog niet verstuurd.';
    if (sent.length) return 'Antwoord ontvangen. Je mag nog wisselen.';
    return this.isMulti ? 'Vink je antwoorden aan.' : 'Tik op je antwoord.';
  }

  static override styles = [
    phoneStyles,
    css`
    .question { font-size: 22px; line-height: 1.3; margin: 0 0 16px; }
    .how { font-size: 16px; color: var(--mw-muted); margin: -8px 0 14px; }
    .options { display: grid; gap: 12px; }
    .options.truefalse { grid-template-columns: 1fr 1fr; }
    .options.truefalse button { grid-template-columns: 1fr; justify-items: center; font-weight: 700; font-size: 20px; }
    .options.truefalse .letter { display: none; }
    .options.truefalse .tag { grid-column: 1; }
    button {
      display: grid; grid-template-columns: 40px 1fr; align-items: center; gap: 12px; text-align: left;
      min-height: 60px; padding: 10px 14px; font: inherit; font-size: 18px; color: inherit;
      background: var(--mw-surface); border: 2px solid var(--mw-border); border-radius: var(--mw-radius);
    }
    button[disabled] { color: inherit; }
    .letter { display: grid; place-items: center; width: 36px; height: 36px; border-radius: 50%;
      background: var(--mw-accent); color: var(--mw-on-accent); font-weight: 700; }
    .multi .letter { border-radius: 8px; background: var(--mw-surface); border: 3px solid var(--mw-accent); color: var(--mw-accent); box-sizing: border-box; }
    .multi .mine .letter { background: var(--mw-accent); color: var(--mw-on-accent); }
    .tag { grid-column: 2; font-size: 14px; font-weight: 700; color: var(--mw-accent); }
    .mine { border-color: var(--mw-accent); border-width: 3px; background: var(--mw-accent-soft); }
    .correct { border-color: var(--mw-correct); border-width: 3px; background: var(--mw-correct-soft); }
    .correct .letter { background: var(--mw-correct); color: var(--mw-on-accent); border-color: var(--mw-correct); }
    .wrong { border-color: var(--mw-wrong); background: var(--mw-wrong-soft); }
    .wrong .letter { background: var(--mw-wrong); color: var(--mw-on-accent); border-color: var(--mw-wrong); }
  `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-choice-phone': MwChoicePhone;
  }
}

/**
 * <mw-sort-phone>: put each statement on a pile with one toggle button per pile, then send
 * the whole sort with "Verstuur". At reveal each statement shows the model's pile, this
 * participant's own pick and the room's split; the score is computed here, from this phone's
 * own answer, and never shared.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ExerciseStatus } from '../../../shared/room-schema.ts';
import type { SortAnswer, SortPrompt, SortReveal } from '../model.ts';
import { countKey, pileLabel, scoreOf } from '../scoring.ts';
import { phoneStyles } from '../../../client/exercise/phone-styles.ts';

@customElement('mw-sort-phone')
export class MwSortPhone extends LitElement {
  @property({ attribute: false }) prompt?: SortPrompt;
  @property() status: ExerciseStatus = 'open';
  @property({ attribute: false }) reveal?: SortReveal;
  /** This participant's sent sort in the current round, if any. */
  @property({ attribute: false }) answer?: SortAnswer;
  /** Placements not yet sent; null while the phone shows what was sent. */
  @state() private draft: Record<string, string> | null = null;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('answer') || changed.has('prompt')) this.draft = null;
  }

  private get placed(): Record<string, string> {
    return this.draft ?? { ...(this.answer ?? {}) };
  }

  private place(statementId: string, pile: string) {
    this.draft = { ...this.placed, [statementId]: pile };
  }

  private send() {
    this.dispatchEvent(new CustomEvent('answer-submitted', { detail: { value: this.placed }, bubbles: true, composed: true }));
  }

  override render() {
    const prompt = this.prompt;
    if (!prompt) return nothing;
    const reveal = this.status === 'revealed' ? this.reveal : undefined;
    const canAnswer = this.status === 'open';
    const placed = this.placed;
    const sortedCount = prompt.statements.filter((s) => placed[s.id] !== undefined).length;
    const isComplete = sortedCount === prompt.statements.length;
    const hasUnsent = this.draft !== null && prompt.statements.some((s) => this.draft![s.id] !== this.answer?.[s.id]);
    return html`
      <h2 class="question" id="question">${prompt.question}</h2>
      <ol class="statements" aria-labelledby="question">
        ${prompt.statements.map((statement, index) => {
          const counts = reveal?.tally.counts;
          return html`<li data-statement=${statement.id}>
            <p class="text" id="statement-${statement.id}"><span class="number">${index + 1}.</span> ${statement.text}</p>
            <div class="piles" role="group" aria-labelledby="statement-${statement.id}">
              ${prompt.piles.map((pile) => {
                const isMine = placed[statement.id] === pile;
                const isModel = reveal?.model[statement.id] === pile;
                const classes = [isMine ? 'mine' : '', isModel ? 'correct' : '', reveal && isMine && !isModel ? 'wrong' : ''];
                return html`<button
                  type="button"
                  class=${classes.filter(Boolean).join(' ')}
                  data-pile=${pile}
                  aria-pressed=${isMine ? 'true' : 'false'}
                  ?disabled=${!canAnswer}
                  @click=${() => this.place(statement.id, pile)}
                >
                  <span class="pile">${pileLabel(pile)}</span>
                  ${isModel ? html`<span class="tag">${isMine ? 'goed · jouw keuze' : 'goed'}</span>` : nothing}
                  ${reveal && isMine && !isModel ? html`<span class="tag">jouw keuze</span>` : nothing}
                </button>`;
              })}
            </div>
            ${counts
              ? html`<p class="room">Groep: ${prompt.piles.map((pile) => `${pile} ${counts[countKey(statement.id, pile)] ?? 0}`).join(' · ')}</p>`
              : nothing}
          </li>`;
        })}
      </ol>
      ${canAnswer
        ? html`<button type="button" class="send" ?disabled=${!isComplete || (!hasUnsent && this.answer !== undefined)} @click=${() => this.send()}>
            Verstuur
          </button>`
        : nothing}
      <p class="hint" role="status">${this.hint(reveal, sortedCount, isComplete, hasUnsent)}</p>
      ${reveal?.explanation ? html`<p class="explanation">${reveal.explanation}</p>` : nothing}
    `;
  }

  private hint(reveal: SortReveal | undefined, sortedCount: number, isComplete: boolean, hasUnsent: boolean) {
    const total = this.prompt!.statements.length;
    if (reveal) {
      if (this.answer === undefined) return 'Je hebt niet meegedaan. Bij elke uitspraak staat de goede stapel.';
      const score = scoreOf(reveal.model, this.answer);
      return score === total ? `Alles goed: ${score} van de ${total}.` : `Je sorteerde ${score} van de ${total} goed. Kijk naar de rode keuzes.`;
    }
    if (this.status === 'locked') return this.answer ? 'Antwoord ontvangen. De trainer heeft de oefening gesloten.' : 'De oefening is gesloten.';
    if (!isComplete) return `Nog ${total - sortedCount} van de ${total} te sorteren.`;
    if (hasUnsent || this.answer === undefined) return 'Alles gesorteerd. Nog niet verstuurd.';
    return 'Antwoord ontvangen. Je mag nog wisselen.';
  }

  static override styles = [
    phoneStyles,
    css`
    .question { font-size: 22px; line-height: 1.3; margin: 0 0 14px; }
    .statements { list-style: none; margin: 0; padding: 0; display: grid; gap: 14px; }
    li { padding: 12px; border: 2px solid var(--mw-border); border-radius: var(--mw-radius); background: var(--mw-surface); }
    .text { font-size: 18px; line-height: 1.35; margin: 0 0 10px; }
    .number { font-weight: 700; color: var(--mw-muted); }
    .piles { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
    button {
      display: grid; place-items: center; align-content: center; gap: 2px; min-height: 52px; padding: 6px 8px;
      font: inherit; font-size: 17px; font-weight: 700; color: inherit; overflow-wrap: anywhere;
      background: var(--mw-bg); border: 2px solid var(--mw-border); border-radius: var(--mw-radius);
    }
    button[disabled] { color: inherit; }
    .mine { border: 3px solid var(--mw-accent); background: var(--mw-accent); color: var(--mw-on-accent); }
    button.mine[disabled] { color: var(--mw-on-accent); }
    .correct, button.correct.mine { border: 3px solid var(--mw-correct); background: var(--mw-correct-soft); color: var(--mw-text); }
    button.correct[disabled] { color: var(--mw-text); }
    .wrong, button.wrong[disabled] { border: 3px solid var(--mw-wrong); background: var(--mw-wrong-soft); color: var(--mw-text); }
    .tag { font-size: 14px; font-weight: 700; }
    .correct .tag { color: var(--mw-correct); }
    .wrong .tag { color: var(--mw-wrong); }
    .room { font-size: 15px; color: var(--mw-muted); margin: 8px 0 0; }
  `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-sort-phone': MwSortPhone;
  }
}

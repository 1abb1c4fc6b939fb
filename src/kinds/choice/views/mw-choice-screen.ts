/** <mw-choice-screen>: a multiple-choice question on the projector, with live distribution and controls. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ExerciseController } from '../../../client/exercise/exercise-controller.ts';
import { controlsStyles } from '../../../client/exercise/screen-controls.ts';
import { letterOf, type ChoiceDefinition, type ChoiceTally } from '../model.ts';

@customElement('mw-choice-screen')
export class MwChoiceScreen extends LitElement {
  @property({ attribute: false }) definition?: ChoiceDefinition;
  /** Static print view: the question and its options as the room first sees them. */
  @property({ type: Boolean, reflect: true, attribute: 'print' }) isPrint = false;
  private readonly exercise = new ExerciseController<ChoiceDefinition, ChoiceTally>(this);

  override render() {
    const definition = this.definition;
    if (!definition) return nothing;
    const tally = this.exercise.tally({ total: 0, counts: {}, right: 0 });
    const isRevealed = this.exercise.state?.status === 'revealed';
    return html`
      <p class="question">${definition.question}</p>
      ${definition.mode === 'multi'
        ? html`<p class="how">${definition.poll ? 'Meerdere antwoorden mogelijk' : 'Meerdere antwoorden kunnen goed zijn'}; balken tellen vinkjes.</p>`
        : nothing}
      <ol class="options">
        ${definition.options.map((option, index) => {
          const count = tally.counts[option.id] ?? 0;
          const share = tally.total ? Math.round((count / tally.total) * 100) : 0;
          const isCorrect = isRevealed && definition.correct.includes(option.id);
          // A poll has no right answer: at reveal every option stays as it was.
          const mark = isCorrect ? 'correct' : isRevealed && !definition.poll ? 'other' : '';
          return html`<li class=${mark} data-option=${option.id}>
            <span class="letter">${letterOf(definition, index)}</span>
            <span class="text">${option.text}</span>
            <span class="bar" style="width:${share}%"></span>
            <span class="count" data-count=${count}>${count} · ${share}%</span>
          </li>`;
        })}
      </ol>
      ${isRevealed && definition.explanation ? html`<p class="explanation"><strong>Uitleg.</strong> ${definition.explanation}</p>` : nothing}
      ${this.exercise.controls(tally.total, definition.poll ? 'Toon uitslag' : undefined)}
    `;
  }

  static override styles = [
    controlsStyles,
    css`
      :host { display: block; text-align: left; font-family: var(--mw-font); color: var(--mw-text); }
      .question { font-size: 34px; line-height: 1.25; font-weight: 600; margin: 0 0 16px; }
      .how { font-size: 24px; color: var(--mw-muted); margin: -8px 0 14px; }
      .options { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
      li {
        position: relative; display: grid; grid-template-columns: 56px 1fr auto; align-items: center;
        gap: 16px; padding: 6px 18px; border: 2px solid var(--mw-border); border-radius: var(--mw-radius);
        background: var(--mw-surface); overflow: hidden; font-size: 28px; min-height: 52px;
      }
      .letter {
        z-index: 1; display: grid; place-items: center; width: 44px; height: 44px; border-radius: 50%;
        background: var(--mw-accent); color: var(--mw-on-accent); font-weight: 700;
      }
      .text { z-index: 1; }
      .count { z-index: 1; font-variant-numeric: tabular-nums; font-weight: 700; color: var(--mw-muted); }
      .bar { position: absolute; inset: 0 auto 0 0; background: var(--mw-accent-soft); transition: width 0.4s ease; }
      li.correct { border-color: var(--mw-correct); border-width: 4px; }
      li.correct .bar { background: var(--mw-correct-soft); }
      li.correct .letter { background: var(--mw-correct); }
      li.other { opacity: 0.7; }
      .explanation { font-size: 26px; line-height: 1.35; margin: 18px 0 0; padding: 12px 18px;
        border-left: 6px solid var(--mw-correct); background: var(--mw-correct-soft); }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-choice-screen': MwChoiceScreen;
  }
}

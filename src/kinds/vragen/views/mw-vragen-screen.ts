/**
 * <mw-vragen-screen>: questions from the hall on the projector. The approved questions, most
 * votes first, with the one being answered on top (ten in all); live, from the trainer's
 * results. The trainer marks a question as being answered and as done; approving happens in the
 * moderation window, never on the projected screen.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ExerciseController } from '../../../client/exercise/exercise-controller.ts';
import { moderateButton } from '../../../client/exercise/moderation-views.ts';
import { controlsStyles } from '../../../client/exercise/screen-controls.ts';
import type { TalliedQuestion, VragenDefinition, VragenMove, VragenTally } from '../model.ts';

/** How many questions the projector lists: the one being answered and the open ones after it. */
export const TOP = 10;

@customElement('mw-vragen-screen')
export class MwVragenScreen extends LitElement {
  @property({ attribute: false }) definition?: VragenDefinition;
  /** Static print view: the invitation as the room first sees it. */
  @property({ type: Boolean, reflect: true, attribute: 'print' }) isPrint = false;
  private readonly exercise = new ExerciseController<VragenDefinition, VragenTally>(this);

  override render() {
    const definition = this.definition;
    if (!definition) return nothing;
    const tally = this.exercise.tally({ questions: [], waiting: 0, total: 0 });
    const answering = tally.questions.find((q) => q.state === 'answering');
    const open = tally.questions.filter((q) => q.state === 'open');
    const listed = open.slice(0, answering ? TOP - 1 : TOP);
    const done = tally.questions.filter((q) => q.state === 'done').length;
    return html`
      <p class="question">${definition.question}</p>
      <div class="toolbar">
        <span class="counts" data-approved=${tally.questions.length} data-waiting=${tally.waiting}>
          ${tally.questions.length} ${tally.questions.length === 1 ? 'vraag' : 'vragen'}${done ? html` · ${done} beantwoord` : nothing}
          ${definition.moderated && tally.waiting ? html` · ${tally.waiting} wachten op goedkeuring` : nothing}
        </span>
        ${this.exercise.isTrainer && definition.moderated ? moderateButton(this.exercise.room) : nothing}
      </div>
      <div class="stage">
        ${answering ? html`<section class="answering" aria-label="Nu aan de beurt" data-id=${answering.id}>
              <p class="label">Nu aan de beurt</p>
              ${this.renderQuestion(answering)}
            </section>`
          : nothing}
        ${open.length === 0 && !answering
          ? html`<p class="empty">${definition.moderated
              ? 'Nog geen vragen op het scherm. Stel je vraag op je telefoon; de trainer zet ze hier neer.'
              : 'Nog geen vragen. Stel je vraag op je telefoon en stem op die van anderen.'}</p>`
          : html`<ol class="top">${listed.map((q) => html`<li data-id=${q.id}>${this.renderQuestion(q)}</li>`)}</ol>`}
        ${open.length > listed.length ? html`<p class="more">+ ${open.length - listed.length} ${open.length - listed.length === 1 ? 'andere vraag' : 'andere vragen'}</p>` : nothing}
      </div>
      ${this.exercise.controls(tally.total, undefined, ['reveal'])}
    `;
  }

  private renderQuestion(question: TalliedQuestion) {
    return html`<span class="votes" data-votes=${question.votes} aria-label="${question.votes} ${question.votes === 1 ? 'stem' : 'stemmen'}">${question.votes}</span>
      <span class="text">${question.text}${question.name ? html` <bdi class="name">— ${question.name}</bdi>` : nothing}</span>
      ${this.exercise.isTrainer ? this.renderMark(question) : nothing}`;
  }

  private renderMark(question: TalliedQuestion) {
    const move = (type: VragenMove['type']) => () => this.exercise.move({ type, id: question.id } satisfies VragenMove);
    return question.state === 'answering'
      ? html`<button type="button" class="mark" data-move="done" @click=${move('done')}>Klaar</button>`
      : html`<button type="button" class="mark" data-move="answering" @click=${move('answering')}>Beantwoord nu</button>`;
  }

  static override styles = [
    controlsStyles,
    css`
      :host { display: block; text-align: left; font-family: var(--mw-font); color: var(--mw-text); }
      .question { font-size: 30px; line-height: 1.25; font-weight: 600; margin: 0 0 8px; }
      .toolbar { display: flex; align-items: center; gap: 10px; margin: 0 0 10px; font-size: 22px; }
      .counts { font-weight: 700; margin-right: auto; }
      .toolbar button { font-size: 22px; padding: 4px 14px; }
      /* Sized so a full top ten of one-line questions fits above the buttons (congress-questions.test.ts). */
      .stage { height: 456px; overflow: hidden; }
      :host([print]) .toolbar, :host([print]) .stage { display: none; }
      .answering { margin: 0 0 8px; padding: 4px 14px 6px; border-radius: var(--mw-radius); background: var(--mw-accent); color: var(--mw-on-accent);
        display: grid; grid-template-columns: auto 1fr auto; align-items: center; gap: 4px 14px; }
      .answering .label { grid-column: 1 / -1; margin: 0; font-size: 16px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; }
      .answering .text { font-size: 32px; }
      .answering .votes { background: var(--mw-on-accent); color: var(--mw-accent); }
      .answering .mark { border-color: var(--mw-on-accent); }
      .top { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
      .top li { display: grid; grid-template-columns: auto 1fr auto; align-items: center; gap: 14px; padding: 0 12px;
        border-radius: var(--mw-radius); background: var(--mw-surface); border: 2px solid var(--mw-border); }
      .votes { min-width: 1.8em; text-align: center; font-size: 24px; font-weight: 700; padding: 0 8px; border-radius: 999px;
        background: var(--mw-accent); color: var(--mw-on-accent); }
      .text { font-size: 26px; line-height: 1.15; overflow-wrap: anywhere; }
      .name { color: var(--mw-muted); font-size: 20px; }
      .answering .name { color: inherit; }
      .mark { font-size: 18px; padding: 2px 10px; white-space: nowrap; }
      .more, .empty { font-size: 22px; color: var(--mw-muted); margin: 6px 0 0; }
      .empty { font-size: 26px; margin: 24px 0; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-vragen-screen': MwVragenScreen;
  }
}

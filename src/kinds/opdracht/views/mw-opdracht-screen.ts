/**
 * <mw-opdracht-screen>: the transfer task on the projector. The room sees how many wrote a task
 * and how many shared it; of the shared ones only those the trainer approved in the moderation
 * window appear, as cards. An unshared task never reaches this screen: the trainer's results
 * hold only that it was written.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ExerciseController } from '../../../client/exercise/exercise-controller.ts';
import { cardStyles, moderatedScreenStyles, moderateButton, renderCards } from '../../../client/exercise/moderation-views.ts';
import { controlsStyles } from '../../../client/exercise/screen-controls.ts';
import type { OpdrachtDefinition, OpdrachtTally } from '../model.ts';

@customElement('mw-opdracht-screen')
export class MwOpdrachtScreen extends LitElement {
  @property({ attribute: false }) definition?: OpdrachtDefinition;
  /** Static print view: the question as the room first sees it. */
  @property({ type: Boolean, reflect: true, attribute: 'print' }) isPrint = false;
  private readonly exercise = new ExerciseController<OpdrachtDefinition, OpdrachtTally>(this);

  override render() {
    const definition = this.definition;
    if (!definition) return nothing;
    const tally = this.exercise.tally({ written: 0, shared: 0, shown: [] });
    const written = tally.written === 1 ? '1 deelnemer schreef een opdracht' : `${tally.written} deelnemers schreven een opdracht`;
    return html`
      <p class="question">${definition.question}</p>
      <div class="toolbar">
        <span class="shown-count" data-written=${tally.written} data-shared=${tally.shared} data-shown=${tally.shown.length}>
          <span class="written">${written}</span> · <span class="shared">${tally.shared} gedeeld</span>
        </span>
        ${this.exercise.isTrainer
          ? moderateButton(this.exercise.room)
          : nothing}
      </div>
      <div class="stage">
        ${tally.shown.length === 0
          ? html`<p class="empty">Wie zijn opdracht deelt, kan hier verschijnen. De trainer kiest wat er getoond wordt.</p>`
          : renderCards(tally.shown, { limit: 6, wide: true })}
      </div>
      ${this.exercise.controls(tally.written, 'Toon op telefoons')}
    `;
  }

  static override styles = [
    controlsStyles,
    cardStyles,
    moderatedScreenStyles,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-opdracht-screen': MwOpdrachtScreen;
  }
}

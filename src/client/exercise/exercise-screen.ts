/**
 * What every `<mw-<kind>-screen>` shares: its definition and the live room come in as
 * properties, it re-renders when the stage or the results change, and the trainer's buttons
 * act on its exercise. Kinds extend this and render their own content above the controls.
 * With `print` (the PDF export) it shows only what the definition holds: no room, no counts,
 * no buttons, a line saying the room answers live instead.
 */
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LIVE_HINT } from '../../shared/deck/static-lines.ts';
import type { LiveRoom } from '../../sync/live-room.ts';
import type { ExerciseState, StageAction } from '../../shared/room-schema.ts';
import { YMapController } from '../lib/y-map-controller.ts';
import type { BaseDefinition } from '../../shared/kind/kind.ts';
import { renderControls } from './screen-controls.ts';

export class ExerciseScreen<Definition extends BaseDefinition, Tally> extends LitElement {
  @property({ attribute: false }) definition?: Definition;
  @property({ attribute: false }) room?: LiveRoom;
  /** Static print view: the question and its options as the room first sees them. */
  @property({ type: Boolean, reflect: true, attribute: 'print' }) isPrint = false;

  private readonly live = new YMapController(this, () => (this.room ? [this.room.exercises, this.room.moderation, this.room.answers] : []));

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('room')) this.live.refresh();
  }

  protected get state(): ExerciseState | undefined {
    return this.definition && this.room?.stateOf(this.definition.id);
  }

  protected tally(empty: Tally): Tally {
    return this.definition && this.room ? (this.room.tallyOf(this.definition.id) as Tally) : empty;
  }

  /** A kind's own trainer move (next situation, take the majority…), see ExerciseModel.move. */
  protected move(move: unknown): void {
    if (this.definition && this.room) this.room.move(this.definition.id, move);
  }

  protected get isTrainer(): boolean {
    return !!this.room?.isTrainer;
  }

  /** The status row and the trainer's buttons; `hidden` leaves out generic buttons a kind replaces. */
  protected controls(total: number, revealLabel?: string, hidden: readonly StageAction[] = []) {
    if (this.isPrint) return html`<p class="print-note">${LIVE_HINT}</p>`;
    return renderControls({
      hidden,
      state: this.state,
      total,
      isTrainer: !!this.room?.isTrainer,
      revealLabel,
      onAction: (action: StageAction) => this.definition && this.room?.control(this.definition.id, action),
    });
  }
}

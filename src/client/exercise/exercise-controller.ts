/**
 * What every exercise screen (`<mw-<kind>-screen>`) shares, as a controller it holds instead of a
 * base class it extends: the live room from context (a ContextConsumer), a re-render when the
 * stage or the results change (a YMapController), its exercise's state and tally, and the
 * trainer's buttons, which ask for stage changes by firing `exercise-action` and `exercise-move`,
 * and its fit to the slide (SlideFitController).
 * The host keeps its own `definition` and `print` properties; with `print` (the PDF export) there
 * is no room, no counts and no buttons, a line saying the room answers live instead.
 */
import { ContextConsumer } from '@lit/context';
import { html, type ReactiveControllerHost } from 'lit';
import type { BaseDefinition } from '../../shared/kind/kind.ts';
import { LIVE_HINT } from '../../shared/deck/static-lines.ts';
import type { ExerciseState, StageAction } from '../../shared/room-schema.ts';
import { SCREEN_REDRAW_EVERY_MS } from '../../shared/screen-redraw.ts';
import type { LiveRoom } from '../../sync/live-room.ts';
import { YMapController, type AnyMap } from '../lib/y-map-controller.ts';
import { exerciseAction, exerciseMove } from './exercise-events.ts';
import { liveRoomContext } from './live-room-context.ts';
import { renderControls } from './screen-controls.ts';
import { SlideFitController } from './slide-fit-controller.ts';

export type ExerciseHost<Definition extends BaseDefinition> = ReactiveControllerHost &
  HTMLElement & { definition?: Definition; isPrint: boolean };

export class ExerciseController<Definition extends BaseDefinition, Tally> {
  /** The page's live room; none in print, or when the server gave the deck no room. */
  room?: LiveRoom;
  private readonly live: YMapController;

  /** `watch`: more of the room the host shows (e.g. who joined), besides the stage and the answers. */
  constructor(
    private readonly host: ExerciseHost<Definition>,
    { watch }: { watch?: (room: LiveRoom) => AnyMap[] } = {},
  ) {
    // The moderation key too: an approval changes what an open question or a rewrite shows.
    new SlideFitController(host);
    // At most ten redraws a second: a hall's votes arrive by the hundred per second, and a tally
    // per message kept the projector seconds behind (npm run bench, the vragen row).
    this.live = new YMapController(host, () => (this.room ? [this.room.exercises, this.room.moderation, this.room.answers, ...(watch?.(this.room) ?? [])] : []), {
      atMostEveryMs: SCREEN_REDRAW_EVERY_MS,
    });
    new ContextConsumer(host, {
      context: liveRoomContext,
      callback: (room) => {
        this.room = room;
        this.live.refresh();
      },
    });
  }

  get state(): ExerciseState | undefined {
    const id = this.host.definition?.id;
    return id === undefined ? undefined : this.room?.stateOf(id);
  }

  tally(empty: Tally): Tally {
    const id = this.host.definition?.id;
    return id !== undefined && this.room ? (this.room.tallyOf(id) as Tally) : empty;
  }

  get isTrainer(): boolean {
    return !!this.room?.isTrainer;
  }

  /** Asks for a generic stage action on this exercise (open, lock, reveal, reset). */
  act(action: StageAction): void {
    const id = this.host.definition?.id;
    if (id !== undefined) this.host.dispatchEvent(exerciseAction({ exerciseId: id, action }));
  }

  /** Asks for a kind's own trainer move (next situation, take the majority…), see ExerciseModel.move. */
  move(move: unknown): void {
    const id = this.host.definition?.id;
    if (id !== undefined) this.host.dispatchEvent(exerciseMove({ exerciseId: id, move }));
  }

  /** The status row and the trainer's buttons; `hidden` leaves out generic buttons a kind replaces. */
  controls(total: number, revealLabel?: string, hidden: readonly StageAction[] = []) {
    if (this.host.isPrint) return html`<p class="print-note">${LIVE_HINT}</p>`;
    return renderControls({ hidden, state: this.state, total, isTrainer: this.isTrainer, revealLabel, onAction: (action) => this.act(action) });
  }
}

/**
 * Lit ReactiveController for a comparing scale on the projector: opens the earlier session's
 * room read-only with the loader the page provides (earlierRoomContext) and keeps the host
 * re-rendering as its answers change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OpenEarlierRoom } from '../../../client/rooms/earlier-room-context.ts';
import type { LiveRoom } from '../../../sync/live-room.ts';
import { YMapController } from '../../../client/lib/y-map-controller.ts';
import type { ScaleComparison, ScaleTally } from '../model.ts';

export type EarlierStatus = 'idle' | 'loading' | 'ready' | 'no-room' | 'failed';

export class EarlierScaleController implements ReactiveController {
  status: EarlierStatus = 'idle';
  private room?: LiveRoom;
  private exerciseId = '';
  /** Bumped on disconnect, so a room that arrives after the host left is closed at once. */
  private generation = 0;
  private readonly live: YMapController;

  /** `loader`: the page's way to open an earlier room; none (a page without rooms) reads as no room. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly loader: () => OpenEarlierRoom | undefined,
  ) {
    host.addController(this);
    this.live = new YMapController(host, () => (this.room ? [this.room.exercises, this.room.answers] : []));
  }

  /** Starts looking once; later calls do nothing until the host disconnects. */
  open(compare: ScaleComparison): void {
    if (this.status !== 'idle') return;
    this.status = 'loading';
    this.exerciseId = compare.exercise;
    const generation = this.generation;
    const openEarlierRoom = this.loader() ?? (async () => ({ found: false, reason: 'no-room' }) as const);
    openEarlierRoom(compare.deck).then(
      (earlier) => {
        if (generation !== this.generation) return earlier.found && earlier.room.destroy();
        if (earlier.found) this.room = earlier.room;
        this.status = earlier.found ? 'ready' : 'no-room';
        this.live.refresh();
      },
      (error: unknown) => {
        console.error(error);
        if (generation !== this.generation) return;
        this.status = 'failed';
        this.host.requestUpdate();
      },
    );
  }

  /** The earlier exercise's current round, as its own trainer screen counted it. */
  tally(): ScaleTally | null {
    return this.room ? (this.room.tallyOf(this.exerciseId) as ScaleTally) : null;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.generation += 1;
    this.room?.destroy();
    this.room = undefined;
    this.status = 'idle';
  }
}

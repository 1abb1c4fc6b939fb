/**
 * Reveal plugin: the deck's writes to the stage. It reports each slide the trainer arrives at and
 * each fragment shown or hidden (`live.arrive`, which opens an exercise on its first arrival; the
 * fragment index is what lets phones follow the slide as far as it is shown) and is the one place where the
 * exercise screens' `exercise-action` and `exercise-move` requests become stage writes. It writes
 * nothing before the room holds the server's state; `<html data-live="ready">` then says so.
 */
import type { RevealPlugin } from 'reveal.js';
import type { LiveRoom } from '../../sync/live-room.ts';
import { writeExerciseEvents } from '../exercise/exercise-events.ts';

export function createStageSyncPlugin(live: LiveRoom): RevealPlugin {
  let undo: (() => void)[] = [];
  return {
    id: 'mw-stage-sync',
    init(deck) {
      // Slide and fragment in one write: the server must never see a new slide with the old slide's step.
      const report = () => {
        const { h, v, f } = deck.getIndices();
        live.arrive({ h, v: v ?? 0, f: f ?? -1 }, deck.getCurrentSlide()?.dataset.exercise ?? null);
      };
      const events = ['slidechanged', 'fragmentshown', 'fragmenthidden'] as const;
      let isBound = true;
      undo.push(() => (isBound = false));
      // Not awaited: Reveal starts at once, and the deck goes live when the room has synced.
      void live.ready.then(() => {
        if (!isBound) return;
        for (const event of events) deck.on(event, report);
        undo.push(() => events.forEach((event) => deck.off(event, report)), writeExerciseEvents(deck.getRevealElement()!, live));
        report();
        document.documentElement.dataset.live = 'ready';
        undo.push(() => delete document.documentElement.dataset.live);
      });
    },
    destroy() {
      for (const step of undo.reverse()) step();
      undo = [];
    },
  };
}

/**
 * Reveal plugin: the deck's writes to the stage. It reports each slide the trainer arrives at
 * (`live.arrive`, which opens an exercise on its first arrival) and is the one place where the
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
      const report = () => {
        const { h, v } = deck.getIndices();
        live.arrive({ h, v: v ?? 0 }, deck.getCurrentSlide()?.dataset.exercise ?? null);
      };
      let isBound = true;
      undo.push(() => (isBound = false));
      // Not awaited: Reveal starts at once, and the deck goes live when the room has synced.
      void live.ready.then(() => {
        if (!isBound) return;
        deck.on('slidechanged', report);
        undo.push(() => deck.off('slidechanged', report), writeExerciseEvents(deck.getRevealElement()!, live));
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

/**
 * Reveal plugin: the trainer's phone as remote (decision 0086). The deck is the one writer of the
 * stage, so it is the deck that does what a remote asks: it follows each remote's command queue,
 * applies every new command once (a slide step, an exercise's open/lock/reveal/reset, or one of
 * the kind's own buttons on the screen) and acknowledges it in the same stage transaction. While
 * a remote is connected it also writes the cue the remote shows: titles, notes, prompts, time.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { RemoteCommand } from '../../shared/remote/commands.ts';
import type { Cue } from '../../shared/remote/cue.ts';
import { REMOTE_STAGE } from '../../shared/remote/schema.ts';
import type { LiveRoom } from '../../sync/live-room.ts';
import { cueOf, moveButton } from './remote-cue.ts';

/** Does one command; one meant for an exercise that is no longer on screen does nothing. */
export function applyRemoteCommand(deck: RevealApi, live: LiveRoom, command: RemoteCommand): void {
  if (!('exercise' in command)) return void (command.command === 'next' ? deck.next() : deck.prev());
  if (command.exercise !== live.stage.get('current')) return;
  if (command.command === 'move') moveButton(deck.getCurrentSlide(), command.move)?.click();
  else live.control(command.exercise, command.command);
}

export function createRemoteControlPlugin(live: LiveRoom, now: () => number = Date.now): RevealPlugin {
  let undo: (() => void)[] = [];
  return {
    id: 'mw-remote-control',
    init(deck) {
      let isBound = true;
      undo.push(() => (isBound = false));
      void live.ready.then(() => {
        if (!isBound) return;
        const earlier = live.stage.get(REMOTE_STAGE.cue) as Cue | undefined;
        const times = { startedAt: earlier?.startedAt ?? now(), slideShownAt: now() };
        let written = '';
        // Only while a remote is connected, and only when something it shows changed.
        const writeCue = () => {
          if (live.remotes.size === 0) return;
          const cue = cueOf(deck, { ...times, now: now() });
          const shown = JSON.stringify({ ...cue, at: 0 });
          if (shown === written) return;
          written = shown;
          live.setCue(cue);
        };
        const onSlide = () => {
          times.slideShownAt = now();
          writeCue();
        };
        // After the screens and the live debrief have updated the DOM for this change.
        const writeCueSoon = () => void requestAnimationFrame(writeCue);
        const sources = [live.remotes, live.exercises, live.answers, live.moderation] as const;
        for (const source of sources) source.observe(writeCueSoon);
        deck.on('slidechanged', onSlide);
        deck.on('fragmentshown', writeCueSoon);
        const stopFollowing = live.followRemotes((command) => applyRemoteCommand(deck, live, command));
        undo.push(() => {
          stopFollowing();
          deck.off('slidechanged', onSlide);
          deck.off('fragmentshown', writeCueSoon);
          for (const source of sources) source.unobserve(writeCueSoon);
        });
        writeCue();
      });
    },
    destroy() {
      for (const step of undo.reverse()) step();
      undo = [];
    },
  };
}

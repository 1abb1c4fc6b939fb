/**
 * Reveal plugin: one presenter at a time (decision 0092). When the room holds the server's state,
 * a deck the stage names as presenter, or the first to open a stage that names none, claims it
 * and runs the presenting plugins (the stage writes, the remote's commands). Any other deck
 * follows ("meekijken"): it writes nothing, goes to the slide and fragment the stage names as
 * the presenter moves, and shows a banner whose "Zelf presenteren" takes over. A presenting deck
 * that sees another device take over stops its presenting plugins at once and follows; its own
 * writes were already refused by the live room (`isPresenting`) from the moment the stage changed.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import type * as Y from 'yjs';
import { PRESENTER_KEY } from '../../shared/presenter.ts';
import type { SlidePosition } from '../../shared/room-schema.ts';
import type { LiveRoom } from '../../sync/live-room.ts';
import './mw-follower-banner.ts';

export function createPresenterRolePlugin(options: { live: LiveRoom; presenting: RevealPlugin[] }): RevealPlugin {
  const { live, presenting } = options;
  let undo: (() => void)[] = [];
  return {
    id: 'mw-presenter-role',
    init(deck) {
      let role: 'presenting' | 'following' | null = null;
      let leaveRole = () => {};

      const present = () => {
        role = 'presenting';
        live.present();
        for (const plugin of presenting) void plugin.init?.(deck);
        leaveRole = () => {
          for (const plugin of [...presenting].reverse()) plugin.destroy?.();
        };
      };
      const follow = () => {
        role = 'following';
        const banner = document.createElement('mw-follower-banner');
        banner.addEventListener('take-over', () => switchTo(present));
        document.body.append(banner);
        document.documentElement.dataset.live = 'following';
        deck.layout(); // the slides now fit below the banner
        goToStageSlide(deck, live);
        leaveRole = () => {
          banner.remove();
          delete document.documentElement.dataset.live;
          deck.layout();
        };
      };
      const switchTo = (next: () => void) => {
        leaveRole();
        next();
      };
      const onStage = (event: Y.YMapEvent<unknown>) => {
        if (role === 'presenting' && event.keysChanged.has(PRESENTER_KEY) && !live.isPresenting()) switchTo(follow);
        else if (role === 'following' && event.keysChanged.has('slide')) goToStageSlide(deck, live);
      };

      let isBound = true;
      undo.push(() => (isBound = false));
      void live.ready.then(() => whenRevealReady(deck)).then(() => {
        if (!isBound) return;
        live.stage.observe(onStage);
        undo.push(() => live.stage.unobserve(onStage), () => leaveRole());
        if (live.isPresenting()) present();
        else follow();
      });
    },
    destroy() {
      for (const step of undo.reverse()) step();
      undo = [];
    },
  };
}

/** Shows the slide and fragment the presenter is at. */
function goToStageSlide(deck: RevealApi, live: LiveRoom) {
  const slide = live.stage.get('slide') as SlidePosition | undefined;
  if (slide) deck.slide(slide.h, slide.v, slide.f ?? -1);
}

function whenRevealReady(deck: RevealApi): Promise<void> {
  return deck.isReady() ? Promise.resolve() : new Promise((resolve) => deck.on('ready', () => resolve()));
}

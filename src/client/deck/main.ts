/**
 * The trainer's deck page: loads the deck, makes the live room and provides it to the slides'
 * views, then starts Reveal with the deck's behaviours as plugins (or its print view, for the
 * PDF export).
 */
import Reveal, { type RevealConfig } from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import '../theme/tokens.css';
import '../theme/projector.css';
import { decks } from 'virtual:decks';
import type { DeckModule } from '../../shared/deck/deck-module.ts';
import '../../kinds/views/screen-views.ts';
import { liveRoomContext } from '../exercise/live-room-context.ts';
import { provide } from '../lib/provide.ts';
import { openEarlierRoom } from '../rooms/earlier-room.ts';
import { earlierRoomContext } from '../rooms/earlier-room-context.ts';
import { openDeckRoom } from './deck-room.ts';
import { deviceIdOf } from './device-id.ts';
import { joinLinkContext } from './join-link-context.ts';
import { createLiveDebriefPlugin } from './live-debrief.ts';
import './mw-join-card.ts';
import './mw-return-time.ts';
import { hasPrintedNotes, isPrintView, markPrintReady, prepareForPrint, printConfig, whenPagesReady } from './print-view.ts';
import { createPresenterRolePlugin } from './presenter-role.ts';
import { createThemePlugin } from './projector-theme.ts';
import { createRemoteControlPlugin } from './remote-control.ts';
import { createStageSyncPlugin } from './stage-sync.ts';
import { createStoreWarningPlugin } from './store-warning.ts';

// A calm fade instead of sliding: easier on a projector, and the live views never move mid-count.
// No arrow controls: they sat on top of the trainer's buttons; keys, clicker and swipe still work.
const PRESENTING: RevealConfig = {
  controls: false,
  hash: true, width: 1280, height: 720, margin: 0.04, center: false,
  transition: 'fade', transitionSpeed: 'fast',
};

async function start(params: URLSearchParams) {
  const revealElement = document.querySelector<HTMLElement>('.reveal')!;
  const slidesRoot = revealElement.querySelector<HTMLElement>('.slides')!;
  const theme = createThemePlugin({ root: document.documentElement, storage: localStorage, search: params });
  const entry = decks.find((deck) => deck.id === params.get('deck'));
  if (!entry) {
    slidesRoot.innerHTML = `<section><h2>Onbekend deck</h2><p><a href="/">Terug naar de decks</a></p></section>`;
    return new Reveal({ ...PRESENTING, plugins: [Notes, theme] }).initialize();
  }
  const deck = (await entry.load()).default;
  document.title = deck.title;

  // The PDF export prints the deck without a room: no code is made, no socket opened.
  if (isPrintView(params)) {
    showSlides(slidesRoot, deck);
    prepareForPrint(slidesRoot, hasPrintedNotes(params));
    const pagesReady = whenPagesReady(revealElement);
    await new Reveal({ controls: false, progress: false, width: 1280, height: 720, center: false, ...printConfig(params), plugins: [theme] }).initialize();
    await pagesReady;
    return markPrintReady(revealElement);
  }

  // Reveal's speaker view loads this page in iframes with `receiver`: those follow, never lead.
  const isSpeakerViewFrame = params.has('receiver');
  // Another laptop's deck on the same room (a co-trainer's) follows it instead of writing (decision 0092).
  const device = isSpeakerViewFrame ? undefined : deviceIdOf(localStorage);
  const room = await openDeckRoom({ origin: location.origin, storage: localStorage, deck, asViewer: isSpeakerViewFrame, group: params.get('leergang'), device });
  const plugins = [Notes, theme];
  if (room.live) {
    // Provided before the slides go in: each view asks for what it needs as it connects.
    provide(document.body, liveRoomContext, room.live);
    provide(document.body, joinLinkContext, room.joinLink);
    plugins.push(createStoreWarningPlugin());
    if (!isSpeakerViewFrame) {
      const presenting = [createStageSyncPlugin(room.live), createRemoteControlPlugin(room.live)];
      plugins.push(createLiveDebriefPlugin({ live: room.live, definitions: deck.exercises }), createPresenterRolePlugin({ live: room.live, presenting }));
    }
  } else if (room.problem) plugins.push(createStoreWarningPlugin({ problem: room.problem }));
  provide(document.body, earlierRoomContext, (deckId) => openEarlierRoom(location.origin, localStorage, deckId, params.get('leergang')));
  showSlides(slidesRoot, deck);
  await new Reveal({ ...PRESENTING, plugins }).initialize();
}

/** The deck's slides, each exercise element given its definition. */
function showSlides(slidesRoot: HTMLElement, deck: DeckModule) {
  slidesRoot.innerHTML = deck.html;
  for (const element of slidesRoot.querySelectorAll<HTMLElement & { definition?: unknown }>('[exercise-id]')) {
    element.definition = deck.exercises[element.getAttribute('exercise-id')!];
  }
}

start(new URLSearchParams(location.search)).catch((error: unknown) => {
  console.error(error);
  document.body.insertAdjacentHTML('afterbegin', `<p class="fatal">Kan de live sessie niet starten: ${String(error)}</p>`);
});

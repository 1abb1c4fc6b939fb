/** The trainer's deck page: builds the slides, connects the live room, starts Reveal (or its print view, for the PDF export). */
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import '../theme/tokens.css';
import '../theme/projector.css';
import { decks } from 'virtual:decks';
import type { BaseDefinition } from '../../shared/kind/kind.ts';
import '../../kinds/views/screen-views.ts';
import { ApiError, getInfo } from '../../sync/room-api.ts';
import { createLiveRoom, type LiveRoom } from '../../sync/live-room.ts';
import './mw-join-card.ts';
import './mw-store-warning.ts';
import { bindLiveDebrief } from './live-debrief.ts';
import { hasPrintedNotes, isPrintView, markPrintReady, prepareForPrint, printConfig, whenPagesReady } from './print-view.ts';
import { applyTheme, chooseTheme, toggleTheme } from './projector-theme.ts';
import { ensureRoom, recallRoom } from '../rooms/trainer-rooms.ts';

const params = new URLSearchParams(location.search);
// Reveal's speaker view loads this page in iframes with `receiver`: those follow, never lead.
const isSpeakerViewFrame = params.has('receiver');
// The PDF export prints the deck without a room: no code is made, no socket opened.
const isPrint = isPrintView(params);
const slidesRoot = document.querySelector<HTMLElement>('.reveal .slides')!;
applyTheme(document.documentElement, localStorage, chooseTheme(params, localStorage));

async function start() {
  const entry = decks.find((deck) => deck.id === params.get('deck'));
  if (!entry) {
    slidesRoot.innerHTML = `<section><h2>Onbekend deck</h2><p><a href="/">Terug naar de decks</a></p></section>`;
    return startReveal(null, {});
  }
  const deck = (await entry.load()).default;
  document.title = deck.title;
  slidesRoot.innerHTML = deck.html;
  const exerciseViews = [...slidesRoot.querySelectorAll<HTMLElement & { definition?: unknown; room?: LiveRoom }>('[exercise-id]')];
  for (const element of exerciseViews) element.definition = deck.exercises[element.getAttribute('exercise-id')!];
  if (isPrint) {
    prepareForPrint(slidesRoot, hasPrintedNotes(params));
    return startPrint();
  }

  // Without a room the slides still work; the trainer is told why the exercises are not live.
  const room = isSpeakerViewFrame
    ? recallRoom(localStorage, deck.id)
    : await ensureRoom(location.origin, localStorage, deck.id).catch((error: unknown) => {
        const problem = error instanceof ApiError ? error.message : 'de server is niet bereikbaar.';
        document.body.prepend(Object.assign(document.createElement('mw-store-warning'), { problem }));
        return null;
      });
  const live = room ? createLiveRoom({ origin: location.origin, room, asViewer: isSpeakerViewFrame, writer: 'deck', definitions: deck.exercises }) : null;
  const info = room ? await getInfo(location.origin) : null;

  if (live) for (const element of exerciseViews) element.room = live;
  if (live) document.body.prepend(Object.assign(document.createElement('mw-store-warning'), { room: live }));
  for (const card of slidesRoot.querySelectorAll('mw-join-card')) {
    if (!room || !info || !live) continue;
    card.code = room.code;
    // A room remembered from before join keys existed has none: its QR then holds the code alone.
    card.joinKey = room.joinKey ?? '';
    card.joinUrl = info.joinUrl;
    card.room = live;
  }
  await startReveal(live, deck.exercises);
}

async function startPrint() {
  const revealElement = document.querySelector<HTMLElement>('.reveal')!;
  const pagesReady = whenPagesReady(revealElement);
  const reveal = new Reveal({ controls: false, progress: false, width: 1280, height: 720, center: false, ...printConfig(params) });
  await reveal.initialize();
  await pagesReady;
  await markPrintReady(revealElement);
}

async function startReveal(live: LiveRoom | null, definitions: Record<string, BaseDefinition>) {
  // A calm fade instead of sliding: easier on a projector, and the live views never move mid-count.
  // No arrow controls: they sat on top of the trainer's buttons; keys, clicker and swipe still work.
  const reveal = new Reveal({
    controls: false,
    hash: true, width: 1280, height: 720, margin: 0.04, center: false,
    transition: 'fade', transitionSpeed: 'fast', plugins: [Notes],
  });
  await reveal.initialize();
  reveal.addKeyBinding({ keyCode: 68, key: 'D', description: 'Donker of licht thema' }, () => toggleTheme(document.documentElement, localStorage));
  if (!live || isSpeakerViewFrame) return;
  await live.ready;
  const report = () => {
    const { h, v } = reveal.getIndices();
    live.arrive({ h, v: v ?? 0 }, reveal.getCurrentSlide()?.dataset.exercise ?? null);
  };
  reveal.on('slidechanged', report);
  report();
  // The notes plugin sends the current notes to the speaker view on Reveal's events; 'resumed'
  // is one that changes nothing else, so firing it re-sends notes whose debrief marks changed.
  bindLiveDebrief({ slidesRoot, live, definitions, onCurrentChanged: () => reveal.dispatchEvent({ type: 'resumed' }) });
  document.documentElement.dataset.live = 'ready';
}

start().catch((error: unknown) => {
  console.error(error);
  document.body.insertAdjacentHTML('afterbegin', `<p class="fatal">Kan de live sessie niet starten: ${String(error)}</p>`);
});

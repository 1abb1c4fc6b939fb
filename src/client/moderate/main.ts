/**
 * The trainer's moderation window (`/moderate?deck=<id>`), opened from an open question on the
 * projector: it joins this browser's room for the deck as the trainer and follows the stage.
 */
import '../theme/tokens.css';
import { decks } from 'virtual:decks';
import { createLiveRoom } from '../../sync/live-room.ts';
import { recallRoom } from '../rooms/trainer-rooms.ts';
import { ApiError, removeParticipant, resumeRoom, type TrainerRoom } from '../../sync/room-api.ts';
import { openGroupSession } from '../../sync/group-api.ts';
import './mw-moderation-app.ts';

const params = new URLSearchParams(location.search);
const app = document.createElement('mw-moderation-app');
document.body.append(app);

async function start() {
  const entry = decks.find((deck) => deck.id === params.get('deck'));
  if (!entry) return void (app.problem = 'Onbekend deck. Open dit venster met de knop "Modereren" in het deck.');
  const deck = (await entry.load()).default;
  app.deckTitle = deck.title;
  document.title = `Modereren — ${deck.title}`;
  // A leergang's session has one room for every trainer; a one-off deck uses this browser's room.
  const group = params.get('leergang');
  const remembered = group ? null : recallRoom(localStorage, deck.id);
  if (!group && !remembered) return void (app.problem = 'Open eerst het deck in deze browser: dit venster gebruikt dezelfde groep.');
  try {
    const room: TrainerRoom = group
      ? await openGroupSession(location.origin, group, Number(/^sessie-(\d)$/.exec(deck.id)?.[1]))
      : await resumeRoom(location.origin, remembered!.code, remembered!.secret);
    // It writes only its moderation marks: the deck's keys stay the deck's (one writer per key).
    const live = createLiveRoom({ origin: location.origin, room, asViewer: false, writer: 'moderation', definitions: deck.exercises });
    await live.ready;
    app.definitions = deck.exercises;
    app.removeParticipant = (pid) => removeParticipant(location.origin, room, pid);
    app.room = live;
    addEventListener('pagehide', () => live.destroy());
  } catch (error) {
    app.problem =
      error instanceof ApiError && error.status === 404
        ? 'Deze groep bestaat niet meer op de server. Open het deck opnieuw.'
        : 'Geen verbinding met de server.';
  }
}

start().catch((error: unknown) => {
  console.error(error);
  app.problem = `Kan niet starten: ${String(error)}`;
});

/**
 * The trainer's moderation window (`/moderate?deck=<id>`), opened from an open question on the
 * projector: it joins this browser's room for the deck as the trainer and follows the stage.
 */
import '../theme/tokens.css';
import { decks } from 'virtual:decks';
import { createLiveRoom } from '../../sync/live-room.ts';
import { existingRoom } from '../rooms/trainer-rooms.ts';
import { getInfo, removeParticipant } from '../../sync/trainer-api.ts';
import { onlineJoinUrlOf } from '../rooms/join-urls.ts';
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
  try {
    const room = await existingRoom(location.origin, localStorage, deck.id, group);
    // None yet, or the server no longer holds it: the deck window makes the room.
    if (!room) return void (app.problem = 'Open eerst het deck (opnieuw): dit venster gebruikt dezelfde groep.');
    // It writes only its moderation marks: the deck's keys stay the deck's (one writer per key).
    const live = createLiveRoom({ origin: location.origin, room, asViewer: false, writer: 'moderation', definitions: deck.exercises });
    const [{ joinUrl }] = await Promise.all([getInfo(location.origin), live.ready]);
    app.onlineUrl = onlineJoinUrlOf({ joinUrl, code: room.code, joinKey: room.joinKey ?? '' });
    app.definitions = deck.exercises;
    app.removeParticipant = (pid) => removeParticipant(location.origin, room, pid);
    app.trainerRoom = room;
    app.room = live;
    addEventListener('pagehide', () => live.destroy());
  } catch {
    app.problem = 'Geen verbinding met de server.';
  }
}

start().catch((error: unknown) => {
  console.error(error);
  app.problem = `Kan niet starten: ${String(error)}`;
});

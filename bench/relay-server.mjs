// The baseline: a plain y-websocket relay (@y/websocket-server 0.1.1), one shared document for
// trainer and phones, nothing checked; every update goes to every socket. The trainer writes
// into the shared document what our server would derive.
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { choiceModel } from '../build/src/kinds/choice/model.js';
import { followViewAt } from '../build/src/shared/deck/follow-view.js';
import { RELAY_ROOM } from '../build/src/tools/simulate/phone-links.js';
import { topTen } from '../build/src/tools/simulate/bench-votes.js';
import { EXERCISE, VRAGEN } from './bench-deck.mjs';
import { freePort, startProcess, stopProcess } from './processes.mjs';

export async function relayServer({ follow, choice, vragen, vragenModel }) {
  const port = await freePort();
  const child = await startProcess(['node_modules/@y/websocket-server/src/server.js'], { PORT: String(port), HOST: '127.0.0.1' }, 'running at');
  const url = `ws://127.0.0.1:${port}`;
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, RELAY_ROOM, doc, { WebSocketPolyfill: WebSocket, disableBc: true });
  await new Promise((resolve) => provider.once('sync', resolve));
  const answers = doc.getMap('answers');
  const vragenAnswers = () =>
    [...answers].filter(([key]) => key.startsWith(`${VRAGEN}/`)).map(([key, { value }]) => ({ pid: key.split('/')[1], value }));
  return {
    child,
    fleet: { mode: 'relay', origin: url },
    answers,
    open: () =>
      doc.transact(() => {
        doc.getMap('exercises').set(EXERCISE, { status: 'open', round: 1, prompt: choiceModel.toPrompt(choice) });
        doc.getMap('stage').set('current', EXERCISE);
      }),
    tally: () => choiceModel.tally(choice, [...answers.values()], undefined),
    // Nothing derives the view on a relay: the trainer writes the cut slide into the shared document.
    step: (position) =>
      doc.transact(() => {
        doc.getMap('stage').set('slide', position);
        doc.getMap('stage').set('view', followViewAt(follow, position));
        doc.getMap('stage').set('current', null);
      }),
    openVragen: () =>
      doc.transact(() => {
        doc.getMap('exercises').set(VRAGEN, { status: 'open', round: 1, prompt: vragenModel.toPrompt(vragen) });
        doc.getMap('stage').set('current', VRAGEN);
      }),
    vragenTop: () => topTen(vragenModel.tally(vragen, vragenAnswers(), undefined)),
    /** The relay's document is the trainer's own: nothing to read afresh. */
    serverAnswers: async () => new Map(answers),
    log: () => child.output(),
    close: async () => {
      provider.destroy();
      await stopProcess(child);
    },
  };
}

/**
 * The trainer's phone as remote (`/remote`, decision 0086): the server let this page in by the
 * remote's cookie; it asks which room it drives and connects to that room's stage and its own
 * command queue.
 */
import '../theme/tokens.css';
import { call } from '../../sync/room-api.ts';
import { createRemoteSession } from '../../sync/remote-session.ts';
import './mw-remote-app.ts';

const app = document.createElement('mw-remote-app');
document.body.append(app);

async function start() {
  const { code, id } = await call<{ code: string; id: string }>(location.origin, '/api/remote');
  const session = createRemoteSession({ origin: location.origin, code, id });
  session.onClosed((closeCode) => {
    app.problem = closeCode === 4401 ? 'De trainer heeft deze afstandsbediening ingetrokken.' : 'De verbinding is verbroken. Herlaad de pagina.';
  });
  await session.ready;
  app.session = session;
  addEventListener('pagehide', () => session.destroy());
}

start().catch(() => {
  app.problem = 'Deze afstandsbediening werkt niet (meer). Scan de code opnieuw op de laptop van de trainer.';
});

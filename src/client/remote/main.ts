/**
 * The trainer's phone as remote (`/remote`, decision 0086): the server let this page in by the
 * remote's cookie; it asks which room it drives and connects to that room's stage and its own
 * command queue. The remote uses the whole of the base it shares with the join page (Lit, the API
 * client, join codes, stored settings, a part loaded later: keeping the screen on): a part of that base left out here
 * would split it in two, and every chunk costs the phones bytes against their budget.
 */
import '../theme/tokens.css';
import { REMOTE_REVOKED, REMOTE_ROOM_GONE } from '../../shared/remote/schema.ts';
import { call } from '../../sync/room-api.ts';
import { createRemoteSession } from '../../sync/remote-session.ts';
import './mw-remote-app.ts';

const app = document.createElement('mw-remote-app');
document.body.append(app);

async function start() {
  const { code, id } = await call<{ code: string; id: string }>(location.origin, '/api/remote');
  app.code = code;
  const session = createRemoteSession({ origin: location.origin, code, id });
  session.onClosed((closeCode) => {
    app.problem =
      closeCode === REMOTE_REVOKED.code ? 'De trainer heeft deze afstandsbediening ingetrokken.'
      : closeCode === REMOTE_ROOM_GONE ? 'Deze sessie is verwijderd. De afstandsbediening werkt niet meer.'
      : 'De verbinding is verbroken. Herlaad de pagina.';
  });
  await session.ready;
  app.session = session;
  // Not needed for the first look: loaded after it.
  const release = (await import('./wake-lock.ts')).keepScreenOn();
  addEventListener('pagehide', () => {
    release();
    session.destroy();
  });
}

start().catch(() => {
  app.problem = 'Deze afstandsbediening werkt niet (meer). Scan de code opnieuw op de laptop van de trainer.';
});

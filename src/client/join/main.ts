/** The phone page: no Reveal, just the join app, with the browser's storage for the views that keep something. */
import '../theme/tokens.css';
import { provideValue } from '../lib/provide-value.ts';
import { storageContext } from '../lib/storage-context.ts';
import './mw-join-app.ts';

const params = new URLSearchParams(location.search);
// `?leergang`: "Mijn leergang" instead of joining a session; loaded only then, with the leergang's parts.
const isMine = params.has('leergang');
if (isMine) void import('./member-session.ts').then((m) => m.loadMyLeergang());
const app = document.createElement('mw-join-app');
app.initialCode = params.get('code') ?? '';
// The join key from the QR code or link: such a join is never blocked by others' wrong codes.
app.joinKey = params.get('k') ?? '';
// `&online`: the link for a video call's chat. The phone says so when it joins, and follows the slides (decision 0089).
app.online = params.has('online');
provideValue(document.body, storageContext, localStorage);
document.body.append(isMine ? document.createElement('mw-my-leergang') : app);

/** The phone page: no Reveal, just the join app, with the browser's storage for the views that keep something. */
import '../theme/tokens.css';
import { provideValue } from '../lib/provide-value.ts';
import { storageContext } from '../lib/storage-context.ts';
import './mw-join-app.ts';

const app = document.createElement('mw-join-app');
const params = new URLSearchParams(location.search);
app.initialCode = params.get('code') ?? '';
// The join key from the QR code or link: such a join is never blocked by others' wrong codes.
app.joinKey = params.get('k') ?? '';
provideValue(document.body, storageContext, localStorage);
document.body.append(app);

/** The phone page: no Reveal, just the join app. */
import '../theme/tokens.css';
import './mw-join-app.ts';

const app = document.createElement('mw-join-app');
const params = new URLSearchParams(location.search);
app.initialCode = params.get('code') ?? '';
// The join key from the QR code or link: such a join is never blocked by others' wrong codes.
app.joinKey = params.get('k') ?? '';
document.body.append(app);

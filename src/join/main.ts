/** The phone page: no Reveal, just the join app. */
import '../theme/tokens.css';
import './mw-join-app.ts';

const app = document.createElement('mw-join-app');
app.initialCode = new URLSearchParams(location.search).get('code') ?? '';
document.body.append(app);

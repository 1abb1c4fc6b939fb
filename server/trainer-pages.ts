/** The pages a browser without the trainer credential sees instead of the trainer's side. */
import type { ServerResponse } from 'node:http';

const page = (title: string, body: string) => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/favicon.svg"><title>${title}</title>
<style>
  body { margin: 0; font: 20px/1.5 system-ui, sans-serif; background: #fbfaf6; color: #1d2327; }
  main { max-width: 40rem; margin: 12vh auto; padding: 0 24px; }
  h1 { font-size: 32px; color: #0a5c6b; }
  code { background: #eef3f4; padding: 2px 6px; border-radius: 4px; overflow-wrap: anywhere; }
  a { color: #0a5c6b; font-weight: 700; }
</style></head>
<body><main>${body}</main></body></html>`;

const TRAINER_ONLY = page(
  'Mentorwijs — trainerskant',
  `<h1>Dit is de kant van de trainer</h1>
<p>Trainer? Open de link achter <code>Trainer:</code> die het venster van <code>npm start</code> toont
(met <code>?key=</code> erin). Daarna onthoudt deze browser dat je de trainer bent.</p>
<p>Deelnemer? Ga naar <a href="/join">de pagina om mee te doen</a> en typ de code van het scherm.</p>`,
);

const WRONG_KEY = page(
  'Mentorwijs — link klopt niet',
  `<h1>Deze trainerlink klopt niet</h1>
<p>De sleutel in de link is niet (meer) die van deze server. Kopieer de link achter <code>Trainer:</code>
opnieuw uit het venster van <code>npm start</code>.</p>`,
);

const REVOKED = page(
  'Mentorwijs — link ingetrokken',
  `<h1>Deze link is ingetrokken</h1>
<p>De trainer heeft deze co-trainerlink ingetrokken. Vraag om een nieuwe link als je weer mee moet kunnen doen als trainer.</p>`,
);

const REMOTE_REVOKED = page(
  'Mentorwijs — afstandsbediening ingetrokken',
  `<h1>Deze afstandsbediening is ingetrokken</h1>
<p>De trainer heeft deze telefoon als afstandsbediening ingetrokken. Scan de nieuwe code op de laptop van de trainer.</p>`,
);

const REMOTE_EXPIRED = page(
  'Mentorwijs — afstandsbediening verlopen',
  `<h1>Deze afstandsbediening is verlopen</h1>
<p>Een afstandsbediening werkt een dag. Scan de nieuwe code op de laptop van de trainer.</p>`,
);

function reply(response: ServerResponse, status: number, html: string) {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(html);
}

export const replyTrainerOnly = (response: ServerResponse) => reply(response, 401, TRAINER_ONLY);
export const replyWrongKey = (response: ServerResponse) => reply(response, 403, WRONG_KEY);
export const replyRevoked = (response: ServerResponse) => reply(response, 403, REVOKED);
export const replyRemoteRevoked = (response: ServerResponse) => reply(response, 403, REMOTE_REVOKED);
export const replyRemoteExpired = (response: ServerResponse) => reply(response, 403, REMOTE_EXPIRED);

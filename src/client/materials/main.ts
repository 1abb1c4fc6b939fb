/**
 * The materials page (`/materials?doc=<id>`): one printable document (a run sheet, a materials
 * list, a handout, the legal one-pager, the crisis card) on A4, or without `doc` the list of all.
 * `npm run export` prints each document from here; the page says `data-print="ready"` when it
 * has rendered, as the deck's print view does. A run sheet takes its start time from `?start=`.
 */
import '../theme/tokens.css';
import './materials.css';
import { materials } from 'virtual:material-documents';
import { formatClock, parseClock } from '../../shared/materials/clock.ts';
import { DEFAULT_START, runSheetView } from './run-sheet-view.ts';

const params = new URLSearchParams(location.search);

function toolbar(): HTMLElement {
  const bar = document.createElement('nav');
  bar.className = 'toolbar';
  const home = Object.assign(document.createElement('a'), { href: '/', textContent: '← Startpagina' });
  const all = Object.assign(document.createElement('a'), { href: '/materials', textContent: 'Alle materialen' });
  const print = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Afdrukken of PDF' });
  print.addEventListener('click', () => print.ownerDocument.defaultView?.print());
  bar.append(home, all, print);
  return bar;
}

function showIndex() {
  const list = document.createElement('article');
  list.className = 'doc index';
  list.innerHTML = '<h1>Materialen</h1><p>Om af te drukken op A4. <code>npm run export</code> zet ze ook als PDF in <code>dist/export/materialen/</code>.</p>';
  const ul = document.createElement('ul');
  for (const entry of materials) {
    const li = document.createElement('li');
    li.append(Object.assign(document.createElement('a'), { href: `/materials?doc=${encodeURIComponent(entry.id)}`, textContent: entry.deck ? `${entry.deck}: ${entry.label}` : entry.title }));
    ul.append(li);
  }
  list.append(ul);
  document.body.replaceChildren(toolbar(), list);
}

async function showDocument(id: string) {
  const entry = materials.find((candidate) => candidate.id === id);
  if (!entry) {
    document.body.replaceChildren(toolbar(), Object.assign(document.createElement('p'), { className: 'problem', textContent: `Geen materiaal "${id}". Kies er een uit de lijst.` }));
    return;
  }
  const doc = entry;
  document.title = `${doc.title} — Mentorwijs Live`;
  if (doc.runSheet) {
    // The address keeps the typed time, so a reload or Ctrl+P shows the same clock times.
    const start = parseClock(params.get('start') ?? '') ?? DEFAULT_START;
    const sheet = runSheetView(doc.title, doc.runSheet, start, (typed) => {
      params.set('start', formatClock(typed));
      history.replaceState(null, '', `?${params}`);
    });
    document.body.replaceChildren(toolbar(), sheet);
  } else {
    const article = document.createElement('article');
    article.className = 'doc';
    article.dataset.doc = doc.id;
    // Built from the project's own Markdown (materials/), like the decks' slides: trusted HTML.
    article.innerHTML = doc.html;
    document.body.replaceChildren(toolbar(), article);
  }
  await document.fonts.ready;
}

const id = params.get('doc');
(id ? showDocument(id) : Promise.resolve(showIndex())).finally(() => {
  document.documentElement.dataset.print = 'ready';
});

/** The trainer's start page: the deck index, or the curriculum coverage at `#dekking`. */
import '../theme/tokens.css';
import { coverage, decks } from 'virtual:decks';
import { materials } from 'virtual:materials';
import { compareDeckIds } from '../../shared/deck/curriculum-coverage.ts';
import { getInfo } from '../../sync/trainer-api.ts';
import './mw-coverage.ts';
import './mw-deck-index.ts';

const index = document.createElement('mw-deck-index');
index.decks = decks.map(({ id, title, about, minutes }) => ({ id, title, about, minutes })).sort((a, b) => compareDeckIds(a.id, b.id));
index.materials = materials;
// Without the join URL the page still works; only the links for online participants stay away.
getInfo(location.origin).then(({ joinUrl }) => (index.joinUrl = joinUrl), () => {});
const overview = document.createElement('mw-coverage');
overview.coverage = coverage;

function show() {
  const page = location.hash === '#dekking' ? overview : index;
  if (document.body.firstElementChild !== page) document.body.replaceChildren(page);
  scrollTo(0, 0);
}
addEventListener('hashchange', show);
show();

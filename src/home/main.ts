/** The trainer's start page. */
import '../theme/tokens.css';
import { decks } from 'virtual:decks';
import './mw-deck-index.ts';

const index = document.createElement('mw-deck-index');
index.decks = decks.map(({ id, title }) => ({ id, title }));
document.body.append(index);

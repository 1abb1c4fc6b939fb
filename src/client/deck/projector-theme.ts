/**
 * Light or dark projector theme: `?theme=dark|light` in the deck's URL, else what this browser
 * used last; the D key switches while presenting. Remembered so a reload keeps the choice.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';

export type ProjectorTheme = 'light' | 'dark';
const STORAGE_KEY = 'mentorwijs:theme';
const D_KEY = 68;

export function chooseTheme(search: URLSearchParams, storage: Storage): ProjectorTheme {
  const asked = search.get('theme');
  if (asked === 'dark' || asked === 'light') return asked;
  return storage.getItem(STORAGE_KEY) === 'dark' ? 'dark' : 'light';
}

export function applyTheme(root: HTMLElement, storage: Storage, theme: ProjectorTheme): void {
  root.dataset.theme = theme;
  storage.setItem(STORAGE_KEY, theme);
}

export function toggleTheme(root: HTMLElement, storage: Storage): void {
  applyTheme(root, storage, root.dataset.theme === 'dark' ? 'light' : 'dark');
}

/** Reveal plugin: applies the chosen theme to `root` as the deck starts, and binds the D key. */
export function createThemePlugin(options: { root: HTMLElement; storage: Storage; search: URLSearchParams }): RevealPlugin {
  const { root, storage, search } = options;
  let bound: RevealApi | undefined;
  return {
    id: 'mw-projector-theme',
    init(deck) {
      applyTheme(root, storage, chooseTheme(search, storage));
      deck.addKeyBinding({ keyCode: D_KEY, key: 'D', description: 'Donker of licht thema' }, () => toggleTheme(root, storage));
      bound = deck;
    },
    destroy() {
      bound?.removeKeyBinding(D_KEY);
      bound = undefined;
    },
  };
}

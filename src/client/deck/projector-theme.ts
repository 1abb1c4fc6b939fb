/**
 * Light or dark projector theme: `?theme=dark|light` in the deck's URL, else what this browser
 * used last; the D key switches while presenting. Remembered so a reload keeps the choice.
 */
export type ProjectorTheme = 'light' | 'dark';
const STORAGE_KEY = 'mentorwijs:theme';

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

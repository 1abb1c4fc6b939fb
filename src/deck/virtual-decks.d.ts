// Modules the decks Vite plugin (vite-plugin-decks.ts) generates from decks/*.md.
declare module 'virtual:decks' {
  import type { DeckModule } from './deck-module.ts';
  export const decks: { id: string; title: string; load: () => Promise<{ default: DeckModule }> }[];
}

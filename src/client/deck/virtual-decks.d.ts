// Modules the decks Vite plugin (vite-plugin-decks.ts) generates from decks/*.md.
declare module 'virtual:decks' {
  import type { DeckModule } from '../../shared/deck/deck-module.ts';
  import type { Coverage } from '../../shared/deck/curriculum-coverage.ts';
  export const decks: {
    id: string;
    title: string;
    about: string | null;
    minutes: number;
    load: () => Promise<{ default: DeckModule }>;
  }[];
  export const coverage: Coverage;
}

/** What `virtual:deck/<id>` exports: a deck built from Markdown. */
import type { BaseDefinition } from '../kind/kind.ts';

export type DeckModule = { id: string; title: string; html: string; exercises: Record<string, BaseDefinition> };

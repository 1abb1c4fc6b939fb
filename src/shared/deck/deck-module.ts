/** What `virtual:deck/<id>` exports: a deck built from Markdown. */
import type { ExerciseDefinition } from '../../kinds/registry.ts';

export type DeckModule = { id: string; title: string; html: string; exercises: Record<string, ExerciseDefinition> };

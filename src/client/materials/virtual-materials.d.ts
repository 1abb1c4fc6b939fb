// Modules the materials Vite plugin (src/tools/vite-plugin-materials.ts) generates from materials/*.md and the decks.
declare module 'virtual:materials' {
  import type { MaterialEntry } from '../../shared/materials/material-docs.ts';
  export const materials: MaterialEntry[];
}
declare module 'virtual:material-documents' {
  import type { MaterialModule } from '../../shared/materials/material-docs.ts';
  export const materials: MaterialModule[];
}

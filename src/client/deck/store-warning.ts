/**
 * Reveal plugin: the red banner over the deck (`<mw-store-warning>`) while the deck is shown. It
 * follows the room from context; `problem` is why the server gave this deck no room at all.
 */
import type { RevealPlugin } from 'reveal.js';
import './mw-store-warning.ts';

export function createStoreWarningPlugin({ problem = '' }: { problem?: string } = {}): RevealPlugin {
  const warning = Object.assign(document.createElement('mw-store-warning'), { problem });
  return {
    id: 'mw-store-warning',
    init() {
      document.body.prepend(warning);
    },
    destroy() {
      warning.remove();
    },
  };
}

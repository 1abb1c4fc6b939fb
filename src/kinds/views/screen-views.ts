/**
 * Registers the projector view of every exercise kind: `src/kinds/<kind>/views/mw-<kind>-screen.ts`,
 * found by that name, so a new kind needs no line here. The deck is the trainer's, so all load at once.
 */
import.meta.glob('../*/views/mw-*-screen.ts', { eager: true });

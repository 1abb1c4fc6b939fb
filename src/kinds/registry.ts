/**
 * Every exercise kind, listed once. A kind is one folder, `src/kinds/<kind>/`: its `index.ts`
 * exports the descriptor listed here, and its `views/` hold `<mw-<kind>-screen>` and
 * `<mw-<kind>-phone>`, which the pages find by that name. Adding a kind is a folder and a line here.
 */
import type { BaseDefinition, BlockSource, KindDescriptor } from '../shared/kind/kind.ts';
import { choice } from './choice/index.ts';
import { feedback } from './feedback/index.ts';
import { open } from './open/index.ts';
import { opdracht } from './opdracht/index.ts';
import { roleplay } from './roleplay/index.ts';
import { scale } from './scale/index.ts';
import { sort } from './sort/index.ts';
import { stylequiz } from './stylequiz/index.ts';
import { terugblik } from './terugblik/index.ts';
import { vragen } from './vragen/index.ts';

const KINDS = [choice, scale, stylequiz, roleplay, feedback, open, sort, opdracht, terugblik, vragen] as const;

/**
 * Any exercise a deck can hold: a union discriminated by its literal `kind`, plus the reason for
 * its tags (`waarom:`), which the deck parser adds for every kind alike.
 */
export type ExerciseDefinition = DefinitionOf<(typeof KINDS)[number]> & Pick<BaseDefinition, 'reason'>;
type DefinitionOf<Kind> = Kind extends { parse(block: BlockSource): infer Definition } ? Definition : never;

/**
 * A kind seen from code that handles every kind: it dispatches on `definition.kind` or the
 * block keyword, so the descriptor's own types are out of reach there. This is the one place
 * they are erased.
 */
export type AnyKind = KindDescriptor<BaseDefinition, unknown, unknown, unknown, unknown, unknown>;

const ANY_KINDS = KINDS as readonly unknown[] as readonly AnyKind[];

/** The kind that reads `::: <keyword>` blocks. */
export function modelForKeyword(keyword: string): AnyKind | undefined {
  return ANY_KINDS.find((kind) => kind.keywords.includes(keyword));
}

/** Every kind, for checks that run over all of them. */
export function allModels(): readonly AnyKind[] {
  return ANY_KINDS;
}

/** The kind of a parsed definition or a prompt (its `kind`). */
export function modelFor(kind: string): AnyKind | undefined {
  return ANY_KINDS.find((descriptor) => descriptor.kind === kind);
}

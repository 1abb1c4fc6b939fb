/** Every exercise kind the decks may use, by the name written after `:::`. */
import type { BaseDefinition, ExerciseModel } from './kind.ts';
import { choiceModel } from './choice/model.ts';

// The registry is heterogeneous on purpose: callers dispatch on `definition.kind`.
type AnyModel = ExerciseModel<BaseDefinition, unknown, unknown, unknown, unknown>;

export const EXERCISE_MODELS: Readonly<Record<string, AnyModel>> = {
  choice: choiceModel as unknown as AnyModel,
};

export function modelFor(kind: string): AnyModel | undefined {
  return Object.hasOwn(EXERCISE_MODELS, kind) ? EXERCISE_MODELS[kind] : undefined;
}

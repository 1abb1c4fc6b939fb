/** Every exercise kind the decks may use, by the keyword written after `:::`. */
import type { BaseDefinition, ExerciseModel } from '../shared/kind/kind.ts';
import { choiceModel } from './choice/model.ts';
import { scaleModel } from './scale/model.ts';
import { feedbackModel } from './feedback/model.ts';
import { openModel } from './open/model.ts';
import { roleplayModel } from './roleplay/model.ts';
import { sortModel } from './sort/model.ts';
import { styleQuizModel } from './stylequiz/model.ts';

// Heterogeneous on purpose: callers dispatch on `definition.kind` or the block keyword.
type AnyModel = ExerciseModel<BaseDefinition, unknown, unknown, unknown, unknown, unknown>;

const MODELS = [choiceModel, scaleModel, styleQuizModel, roleplayModel, feedbackModel, openModel, sortModel] as unknown as AnyModel[];

export type { AnyModel };

/** The model that reads `::: <keyword>` blocks. */
export function modelForKeyword(keyword: string): AnyModel | undefined {
  return MODELS.find((model) => model.keywords.includes(keyword));
}

/** Every kind, for checks that run over all of them. */
export function allModels(): readonly AnyModel[] {
  return MODELS;
}

/** The model of a parsed definition (its `kind`). */
export function modelFor(kind: string): AnyModel | undefined {
  return MODELS.find((model) => model.kind === kind);
}

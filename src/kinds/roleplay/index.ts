/** The branching role-play, as the rest of the code sees it. */
import type { KindDescriptor } from '../../shared/kind/kind.ts';
import {
  roleplayModel,
  type RoleplayAnswer,
  type RoleplayDefinition,
  type RoleplayProgress,
  type RoleplayPrompt,
  type RoleplayReveal,
  type RoleplayTally,
} from './model.ts';
import { roleplayAnswerSlot, roleplaySampleAnswer } from './sample-answer.ts';
import { roleplaySlideText } from './slide-text.ts';

export const roleplay: KindDescriptor<RoleplayDefinition, RoleplayAnswer, RoleplayTally, RoleplayPrompt, RoleplayReveal, RoleplayProgress> = {
  ...roleplayModel,
  label: () => 'rollenspel',
  slideText: roleplaySlideText,
  sampleAnswer: roleplaySampleAnswer,
  answerSlot: roleplayAnswerSlot,
};

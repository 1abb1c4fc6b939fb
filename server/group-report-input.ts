/**
 * The groepsverslag's data from a leergang: the group record and what its session rooms hold
 * (read by group-report-source.ts). Pure. Members appear as pseudonyms; a name only with `names`,
 * free text only with `texts`, and then only text the trainer approved on the projector (a
 * transfer task only when its writer shared it: the room's results hold no other).
 * Every figure is of each exercise's latest round: the round in the stage's state.
 */
import { modelFor } from '../src/kinds/registry.ts';
import type { AnswerItem, BaseDefinition } from '../src/shared/kind/kind.ts';
import { moderatedItems, withModeration } from '../src/shared/kind/moderation.ts';
import { parseResultKey, type ExerciseState, type RecordedAnswer } from '../src/shared/room-schema.ts';
import { registerOf } from './attendance.ts';
import { givenDates, localDay, TRAINING } from './certificates.ts';
import type { IsoDate } from './documents/dutch-format.ts';
import type { ExerciseAggregate, GroupReportData, ScaleShift, SessionEvaluation } from './documents/group-report-data.ts';
import { exerciseFigures, exerciseTitle } from './exercise-figures.ts';
import type { GroupRecord } from './groups.ts';

/** What one given session's room holds, as the report reads it. */
export type SessionRoomData = {
  session: number;
  deck: string;
  /** The deck's exercises, in deck order. */
  exercises: Record<string, BaseDefinition>;
  /** STAGE.exercises: each opened exercise's state (its round is the latest). */
  states: Record<string, ExerciseState>;
  /** STAGE.moderation: the moderation window's marks per exercise. */
  moderation: Record<string, unknown>;
  /** RESULTS.answers. */
  answers: Iterable<[string, RecordedAnswer]>;
};

export type ReportOptions = { names: boolean; texts: boolean; now: number; deckTitle: (deck: string) => string };

type SessionView = { data: SessionRoomData; latest: (exercise: string) => { pid: string; value: unknown }[]; progressOf: (exercise: string) => unknown };

/** The answers of each exercise's latest round, and its state as the kinds read it (moderation marks in). */
function viewOf(data: SessionRoomData): SessionView {
  const byExercise = new Map<string, { pid: string; value: unknown }[]>();
  for (const [key, recorded] of data.answers) {
    const { exerciseId, pid, round } = parseResultKey(key);
    const state = data.states[exerciseId];
    if (!state || round !== state.round) continue;
    byExercise.set(exerciseId, [...(byExercise.get(exerciseId) ?? []), { pid, value: recorded.value }]);
  }
  return {
    data,
    latest: (exercise) => byExercise.get(exercise) ?? [],
    progressOf: (exercise) => {
      const state = data.states[exercise];
      return state ? withModeration(state, data.moderation[exercise]).progress : undefined;
    },
  };
}

type ScaleLike = BaseDefinition & { question: string; min: number; max: number; compare?: { deck: string; exercise: string }; evaluation?: true };
const isScale = (definition: BaseDefinition): definition is ScaleLike => definition.kind === 'scale';
const isEvaluation = (definition: BaseDefinition): definition is ScaleLike => isScale(definition) && definition.evaluation === true;

/** Answers per scale point from min to max. */
function distribution(scale: ScaleLike, answers: readonly { value: unknown }[]): number[] {
  const counts = Array.from({ length: scale.max - scale.min + 1 }, () => 0);
  for (const { value } of answers) if (Number.isInteger(value) && (value as number) >= scale.min && (value as number) <= scale.max) counts[(value as number) - scale.min] += 1;
  return counts;
}

/** Each scale that names (`vergelijk:`) a scale of an earlier session of this group, against that one. */
function shiftsOf(views: readonly SessionView[]): ScaleShift[] {
  return views.flatMap((later) =>
    Object.values(later.data.exercises).filter(isScale).flatMap((scale): ScaleShift[] => {
      const { compare } = scale;
      const earlier = compare && views.find((view) => view.data.deck === compare.deck);
      const earlierScale = compare && earlier?.data.exercises[compare.exercise];
      if (!earlier || !earlierScale || !isScale(earlierScale) || !later.data.states[scale.id]) return [];
      return [{
        question: scale.question,
        min: scale.min,
        max: scale.max,
        before: distribution(scale, earlier.latest(earlierScale.id)),
        after: distribution(scale, later.latest(scale.id)),
        beforeLabel: `Bijeenkomst ${earlier.data.session}`,
        afterLabel: `Bijeenkomst ${later.data.session}`,
      }];
    }),
  );
}

/**
 * Each given session's evaluation scales (`evaluatie: ja`) with their distribution; a session
 * without one says so. Several per session: every session asks the same two, session 5 also the
 * study's dimensions.
 */
function evaluationsOf(views: readonly SessionView[]): SessionEvaluation[] {
  return views.map((view) => {
    const scales = Object.values(view.data.exercises).filter(isEvaluation);
    if (scales.length === 0) return { session: view.data.session, questions: [], note: 'Deze bijeenkomst heeft geen evaluatievraag.' };
    const questions = scales.flatMap((scale) => {
      const counts = distribution(scale, view.latest(scale.id));
      return counts.some((count) => count > 0) ? [{ question: scale.question, min: scale.min, max: scale.max, counts }] : [];
    });
    return questions.length > 0 ? { session: view.data.session, questions } : { session: view.data.session, questions, note: 'Niemand beantwoordde de evaluatievragen.' };
  });
}

const ITEM_STATES: Record<string, string> = { open: 'niet beantwoord', answering: 'werd beantwoord', done: 'beantwoord' };

/** "Hoe begin ik? (12 stemmen, beantwoord)". */
function itemLine(item: AnswerItem, names: boolean): string {
  const by = names && item.name ? ` — ${item.name}` : '';
  const state = ITEM_STATES[item.state];
  return `${item.text}${by} (${item.count} ${item.count === 1 ? 'stem' : 'stemmen'}${state ? `, ${state}` : ''})`;
}

/** Per opened exercise its figures; with `texts`, the texts the trainer showed on the projector, in the order shown. */
function exercisesOf(views: readonly SessionView[], texts: boolean, names: boolean): ExerciseAggregate[] {
  return views.flatMap((view) =>
    Object.values(view.data.exercises).flatMap((definition): ExerciseAggregate[] => {
      const kind = modelFor(definition.kind);
      // An evaluation scale has its own section, with its distribution.
      if (!kind || !view.data.states[definition.id] || isEvaluation(definition)) return [];
      const answers = view.latest(definition.id);
      const progress = view.progressOf(definition.id);
      // Only a moderated kind's tally needs the marks; every other is tallied over the whole round, as the results export does.
      // (Questions from the hall keep the speaker's marks there too, with moderation or without.)
      const moderation = kind.moderation?.applies(definition) ? kind.moderation : undefined;
      const aggregate: ExerciseAggregate = {
        session: view.data.session,
        title: exerciseTitle(kind, definition),
        figures: exerciseFigures(kind, definition, answers, moderation || kind.itemsOf ? progress : undefined),
      };
      if (texts && kind.itemsOf) {
        // Every approved text of every phone (all, with `moderatie: uit`), most votes first; a name typed under one only with `names`.
        const shown = kind.itemsOf(definition, answers, progress).filter((item) => item.isApproved).map((item) => itemLine(item, names));
        return [shown.length > 0 ? { ...aggregate, texts: shown } : aggregate];
      }
      if (!texts || !moderation) return [aggregate];
      const written = answers.flatMap(({ pid, value }) => {
        const text = moderation.textOf(definition, value);
        return text === null ? [] : [{ pid, text }];
      });
      const shown = moderatedItems(written, progress).filter((item) => item.isShown).map((item) => item.text);
      return [shown.length > 0 ? { ...aggregate, texts: shown } : aggregate];
    }),
  );
}

export function buildGroupReport(group: GroupRecord, rooms: readonly SessionRoomData[], options: ReportOptions): GroupReportData {
  const dates = new Map<number, IsoDate>(givenDates(group).map((given) => [given.session, given.date]));
  const names = new Map((group.members ?? []).map((member) => [member.id, member.certificateName?.trim() ?? '']));
  const views = [...rooms].sort((a, b) => a.session - b.session).map(viewOf);
  return {
    training: TRAINING,
    group: group.name,
    organisation: group.organisation,
    trainers: group.trainers,
    madeOn: localDay(options.now),
    sessions: group.sessions.map((session) => ({ number: session.session, title: options.deckTitle(session.deck), ...(dates.has(session.session) ? { date: dates.get(session.session) } : {}) })),
    attendance: registerOf(group).rows.map((row) => ({
      pseudonym: row.pseudonym,
      ...(options.names && names.get(row.member) ? { name: names.get(row.member) } : {}),
      present: row.present,
    })),
    shifts: shiftsOf(views),
    evaluations: evaluationsOf(views),
    exercises: exercisesOf(views, options.texts, options.names),
  };
}

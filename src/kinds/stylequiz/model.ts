/**
 * Leadership-style quiz: a series of situations; for each the room picks the fitting leadership
 * style, then sees the distribution, the fitting style(s) and why. At the end the projector shows
 * which styles the room over- or under-chose, and each phone works out its own score privately.
 */
import type { ExerciseState } from '../../shared/room-schema.ts';
import { withoutProgress, type AnswerContext, type AnswerEntry, type CurriculumTag, type ExerciseModel, type MoveResult } from '../../shared/kind/kind.ts';
import { DEFAULT_STYLES, parseStyleQuiz } from './parse.ts';
import { fits, scoreOf } from './scoring.ts';
export { fits, scoreOf };

export { DEFAULT_STYLES };

export type StyleQuizSituation = {
  text: string;
  /** The style or styles that fit, as named in `styles`. */
  fitting: string[];
  why: string;
};
export type StyleQuizDefinition = {
  kind: 'stylequiz';
  id: string;
  tags: CurriculumTag[];
  seconds?: number;
  styles: string[];
  situations: StyleQuizSituation[];
};

/**
 * A phone's answers to the whole series, sent whole each time: situation index ("0", "1", …) →
 * style. Keeping them in one value keeps them in the phone's own document for the private score.
 */
export type StyleQuizAnswer = Record<string, string>;

/**
 * The trainer's state: the situation on screen, the furthest situation shown so far (answers may
 * name any situation up to it) and whether the summary is on screen. Public: phones get it too
 * (see `forPhones`), as it names no one.
 */
export type StyleQuizProgress = { situation: number; reached: number; summary?: true };

/** One situation's choices: how many answered it, per style how many chose it, how many fitted. */
export type SituationTally = { total: number; counts: Record<string, number>; right: number };

/**
 * A style over the series: `chosen` is how often the room chose it; `fitting` how often it would
 * have been chosen had every wrong choice been a fitting one (split between several fitting
 * styles); both as counts of choices. `balance` compares their shares of all choices.
 */
export type StyleBalance = { style: string; chosen: number; fitting: number; balance: 'over' | 'under' | 'even' };

export type StyleQuizTally = SituationTally & {
  /** The situation `counts` is about; null when the tally covers the whole series (summary, export). */
  situation: number | null;
  /** Per situation shown (every situation in the export) and the styles' balance; whole-series tallies only. */
  series?: { situations: SituationTally[]; styles: StyleBalance[] };
};

export type StyleQuizPrompt = {
  kind: 'stylequiz';
  styles: string[];
  situation: number;
  count: number;
  text: string;
  summary: boolean;
};

export type RevealedSituation = StyleQuizSituation & { tally: SituationTally };
export type StyleQuizReveal =
  | { view: 'situation'; situation: number; fitting: string[]; why: string; tally: SituationTally }
  | { view: 'summary'; situations: RevealedSituation[]; styles: StyleBalance[]; total: number; right: number };

/** How many percentage points a style's share of choices must differ from its fitting share to count as over- or under-chosen. */
export const BALANCE_MARGIN = 10;
const INDEX_PATTERN = /^(0|[1-9]\d?)$/;

/** The progress before the trainer made any move: the first situation. */
export function progressOf(progress: StyleQuizProgress | undefined): StyleQuizProgress {
  return progress ?? { situation: 0, reached: 0 };
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Whether a value is a record of answers naming situations 0..reached and known styles only. */
function isRecordUpTo(definition: StyleQuizDefinition, value: unknown, reached: number): value is StyleQuizAnswer {
  if (!isPlainRecord(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.every(
      (key) =>
        INDEX_PATTERN.test(key) &&
        Number(key) <= reached &&
        Number(key) < definition.situations.length &&
        typeof value[key] === 'string' &&
        definition.styles.includes(value[key]),
    )
  );
}

function isValidAnswer(definition: StyleQuizDefinition, value: unknown, context: AnswerContext): value is StyleQuizAnswer {
  const progress = readProgress(context.progress);
  return progress !== null && isRecordUpTo(definition, value, progress.reached);
}

/** The stage's progress if it has the expected shape (it comes from the trainer, still checked). */
function readProgress(progress: unknown): StyleQuizProgress | null {
  if (progress === undefined) return progressOf(undefined);
  if (!isPlainRecord(progress)) return null;
  const { situation, reached } = progress;
  return Number.isInteger(situation) && Number.isInteger(reached) ? (progress as StyleQuizProgress) : null;
}


function emptyCounts(definition: StyleQuizDefinition): Record<string, number> {
  return Object.fromEntries(definition.styles.map((style) => [style, 0]));
}

function tallySituation(definition: StyleQuizDefinition, records: StyleQuizAnswer[], index: number): SituationTally {
  const counts = emptyCounts(definition);
  let total = 0;
  let right = 0;
  for (const record of records) {
    const style = record[String(index)];
    if (style === undefined) continue;
    counts[style] += 1;
    total += 1;
    if (fits(definition.situations[index], style)) right += 1;
  }
  return { total, counts, right };
}

function tally(definition: StyleQuizDefinition, answers: readonly AnswerEntry<StyleQuizAnswer>[], progress: StyleQuizProgress | undefined): StyleQuizTally {
  const last = progress ? Math.min(progress.reached, definition.situations.length - 1) : definition.situations.length - 1;
  const records = answers.map((answer) => answer.value).filter((value) => isRecordUpTo(definition, value, last));
  if (progress && !progress.summary) {
    return { situation: progress.situation, ...tallySituation(definition, records, progress.situation) };
  }
  const situations = Array.from({ length: last + 1 }, (_, index) => tallySituation(definition, records, index));
  const counts = emptyCounts(definition);
  const fitting = emptyCounts(definition);
  situations.forEach((situation, index) => {
    const fitted = definition.situations[index].fitting;
    for (const style of definition.styles) {
      const chosen = situation.counts[style];
      counts[style] += chosen;
      // A fitting choice stays where it is; a wrong one moves, in equal parts, to the fitting styles.
      if (fitted.includes(style)) fitting[style] += chosen;
      else for (const target of fitted) fitting[target] += chosen / fitted.length;
    }
  });
  const total = situations.reduce((sum, situation) => sum + situation.total, 0);
  const right = situations.reduce((sum, situation) => sum + situation.right, 0);
  const styles = definition.styles.map((style): StyleBalance => {
    const difference = total ? ((counts[style] - fitting[style]) / total) * 100 : 0;
    const balance = difference >= BALANCE_MARGIN ? 'over' : difference <= -BALANCE_MARGIN ? 'under' : 'even';
    return { style, chosen: counts[style], fitting: fitting[style], balance };
  });
  return { situation: null, total, counts, right, series: { situations, styles } };
}

function toPrompt(definition: StyleQuizDefinition, progress: StyleQuizProgress | undefined): StyleQuizPrompt {
  const { situation, summary } = progressOf(progress);
  return {
    kind: 'stylequiz',
    styles: definition.styles,
    situation,
    count: definition.situations.length,
    text: definition.situations[situation].text,
    summary: !!summary,
  };
}

/**
 * One situation's counts, from a tally of that situation or of the whole series (before the
 * trainer's first move the progress is undefined, as in the export, so the tally is the series').
 */
export function situationTally(tallied: StyleQuizTally, index: number): SituationTally {
  const { total, counts, right } = tallied.situation === index ? tallied : (tallied.series?.situations[index] ?? { total: 0, counts: {}, right: 0 });
  return { total, counts, right };
}

function toReveal(definition: StyleQuizDefinition, tallied: StyleQuizTally, progress: StyleQuizProgress | undefined): StyleQuizReveal {
  if (progress?.summary && tallied.series) {
    return {
      view: 'summary',
      situations: tallied.series.situations.map((situationTally, index) => ({ ...definition.situations[index], tally: situationTally })),
      styles: tallied.series.styles,
      total: tallied.total,
      right: tallied.right,
    };
  }
  const index = progressOf(progress).situation;
  const { fitting, why } = definition.situations[index];
  return { view: 'situation', situation: index, fitting, why, tally: situationTally(tallied, index) };
}

/** Right when every situation the record answers got a fitting style (for the results export). */
function verdict(definition: StyleQuizDefinition, answer: StyleQuizAnswer): boolean {
  const answered = Object.entries(answer);
  return answered.length > 0 && answered.every(([key, style]) => definition.situations[Number(key)] !== undefined && fits(definition.situations[Number(key)], style));
}


export const STYLE_QUIZ_MOVES = ['next', 'previous', 'summary'] as const;
export type StyleQuizMove = (typeof STYLE_QUIZ_MOVES)[number];

/**
 * `next`: the following situation; a new one opens (with a fresh countdown), one shown before
 * comes back revealed. `previous`: back one situation (or out of the summary), revealed.
 * `summary`: the series' summary over every situation shown so far, revealed. All in one round,
 * so each phone's record of the series keeps counting.
 */
function move(definition: StyleQuizDefinition, current: StyleQuizProgress | undefined, requested: unknown): MoveResult<StyleQuizProgress> | null {
  const { situation, reached, summary } = progressOf(current);
  const last = definition.situations.length - 1;
  if (requested === 'next') {
    if (summary || situation >= last) return null;
    const next = situation + 1;
    if (next <= reached) return { progress: { situation: next, reached }, round: 'same', status: 'revealed' };
    return { progress: { situation: next, reached: next }, round: 'same', status: 'open', restartCountdown: true };
  }
  if (requested === 'previous') {
    if (summary) return { progress: { situation, reached }, round: 'same', status: 'revealed' };
    if (situation === 0) return null;
    return { progress: { situation: situation - 1, reached }, round: 'same', status: 'revealed' };
  }
  if (requested === 'summary') {
    if (summary) return null;
    return { progress: { situation, reached, summary: true }, round: 'same', status: 'revealed' };
  }
  return null;
}

/** Percentages by style name of the choices on screen (the situation, or the series at the summary), plus `goed`. */
function measures(definition: StyleQuizDefinition, tallied: StyleQuizTally, progress: StyleQuizProgress | undefined): Record<string, number> {
  const shown = progress?.summary ? tallied : situationTally(tallied, progressOf(progress).situation);
  if (shown.total === 0) return {};
  const share = (count: number) => (count / shown.total) * 100;
  const result: Record<string, number> = {};
  for (const style of definition.styles) result[style] = share(shown.counts[style] ?? 0);
  result.goed = share(shown.right);
  return result;
}

/** Phones see the situation numbers (a simulated phone keeps its earlier choices up to `reached`); nothing else the progress might hold. */
function forPhones(_definition: StyleQuizDefinition, state: ExerciseState): ExerciseState {
  const progress = state.progress === undefined ? null : readProgress(state.progress);
  if (!progress) return withoutProgress(state);
  const { situation, reached, summary } = progress;
  return { ...state, progress: { situation, reached, ...(summary ? { summary } : {}) } };
}

export const styleQuizModel: ExerciseModel<StyleQuizDefinition, StyleQuizAnswer, StyleQuizTally, StyleQuizPrompt, StyleQuizReveal, StyleQuizProgress> = {
  kind: 'stylequiz',
  keywords: ['stijlquiz'],
  parse: parseStyleQuiz,
  isValidAnswer,
  tally,
  toPrompt,
  toReveal,
  verdict,
  move,
  forPhones,
  measures,
  measureNames: (definition) => [...definition.styles, 'goed'],
};

/**
 * What the groepsverslag prints, as plain data. Members appear as stable pseudonyms; a `name` or
 * free `texts` are present only when the trainer asked for them, and the renderer prints nothing
 * else about a member. Means and n of a scale are computed here from its distribution, never kept.
 */
import type { IsoDate } from './dutch-format.ts';

export type GroupReportData = {
  training: string;
  group: string;
  organisation: string;
  trainers: readonly string[];
  /** The day the report is made, printed on the title page. */
  madeOn: IsoDate;
  /** The sessions in order; a planned session that has not been given has no `date`. */
  sessions: readonly ReportSession[];
  attendance: readonly AttendanceRow[];
  /** The self-efficacy scale(s), session 1 against the last session. */
  shifts: readonly ScaleShift[];
  evaluations: readonly SessionEvaluation[];
  exercises: readonly ExerciseAggregate[];
};

export type ReportSession = { number: number; title: string; date?: IsoDate };

export type AttendanceRow = {
  pseudonym: string;
  /** Only when the trainer asked for names in the report. */
  name?: string;
  /** One entry per session, in the order of `sessions`. */
  present: readonly boolean[];
};

export type ScaleShift = {
  question: string;
  /** The scale's lowest and highest point, e.g. 0 and 10. */
  min: number;
  max: number;
  /** Answers per scale point from `min` to `max` (max - min + 1 counts). */
  before: readonly number[];
  after: readonly number[];
  beforeLabel: string;
  afterLabel: string;
};

export type SessionEvaluation = {
  session: number;
  /** Each evaluation scale (`evaluatie: ja`) of the session that someone answered, in deck order. */
  questions: readonly EvaluationQuestion[];
  /** Why there are no figures ("Deze bijeenkomst heeft geen evaluatievraag."), printed instead of the table. */
  note?: string;
};

export type EvaluationQuestion = {
  question: string;
  min: number;
  max: number;
  /** Answers per scale point from `min` to `max`; mean and n are computed from it. */
  counts: readonly number[];
};

/** One evaluation question asked in several sessions, word for word, with its mean per session. */
export type EvaluationTrend = {
  question: string;
  min: number;
  max: number;
  /** One per entry of `sessions`, in that order; null where the session did not ask it or nobody answered. */
  means: readonly (number | null)[];
};

export type ExerciseAggregate = {
  session: number;
  title: string;
  /** One short line of figures, e.g. "12 antwoorden · 9 goed (75%)". */
  figures: string;
  /** Texts the trainer approved and asked to include; absent otherwise. */
  texts?: readonly string[];
};

export type ScaleSummary = { n: number; mean: number | null };

/** n and mean of a distribution that starts at scale point `min`. */
export function summarizeScale(counts: readonly number[], min: number): ScaleSummary {
  const n = counts.reduce((sum, count) => sum + count, 0);
  const total = counts.reduce((sum, count, i) => sum + count * (min + i), 0);
  return { n, mean: n === 0 ? null : total / n };
}

/** Whether any member carries a name: the report says so on its first page. */
export function hasNames(data: GroupReportData): boolean {
  return data.attendance.some((row) => row.name !== undefined && row.name.trim() !== '');
}

export function hasTexts(data: GroupReportData): boolean {
  return data.exercises.some((exercise) => (exercise.texts?.length ?? 0) > 0);
}

/**
 * The questions that more than one session asked in the same words: each session ends with the
 * same two items, so the report can set them side by side across the leergang.
 */
export function evaluationTrends(data: Pick<GroupReportData, 'sessions' | 'evaluations'>): EvaluationTrend[] {
  const asked = new Map<string, Map<number, EvaluationQuestion>>();
  for (const evaluation of data.evaluations) {
    for (const question of evaluation.questions) {
      const sessions = asked.get(question.question) ?? new Map<number, EvaluationQuestion>();
      sessions.set(evaluation.session, question);
      asked.set(question.question, sessions);
    }
  }
  return [...asked].filter(([, sessions]) => sessions.size > 1).map(([question, sessions]) => ({
    question,
    min: Math.min(...[...sessions.values()].map((q) => q.min)),
    max: Math.max(...[...sessions.values()].map((q) => q.max)),
    means: data.sessions.map((session) => {
      const found = sessions.get(session.number);
      return found ? summarizeScale(found.counts, found.min).mean : null;
    }),
  }));
}

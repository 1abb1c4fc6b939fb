/**
 * A room's results for download: one row per participant pseudonym × exercise × round, with
 * the answer, whether it was right and when it came in, plus the totals per exercise and round.
 * A kind whose answer holds several texts with counts of their own (questions from the hall,
 * `itemsOf`) gets a row per text instead, with its count and state; a seat that only voted has
 * none. Pure: the app hands in the room's data; names are left out (pseudonyms only, decision
 * 0010), also a name typed under a question, and so is who voted for what.
 */
import type { AnswerEntry, AnswerItem, BaseDefinition } from '../src/shared/kind/kind.ts';
import { modelFor } from '../src/kinds/registry.ts';
import { trainerValueOf } from '../src/kinds/for-trainer.ts';
import { withModeration } from '../src/shared/kind/moderation.ts';
import { parseResultKey, type ExerciseState, type Person, type RecordedAnswer } from '../src/shared/room-schema.ts';
import type { Cell, Column, Table } from './tables/table.ts';
import { tableToCsv } from './tables/table-csv.ts';

export type ExportRow = {
  participant: string;
  exercise: string;
  kind: string;
  round: number;
  answer: string;
  correct: boolean | null;
  answeredAt: string;
  /** A text of an `itemsOf` kind only: its count (votes) and state (`waiting`, `open`, `answering`, `done`). */
  count?: number;
  state?: string;
};
export type ExportTotal = { exercise: string; kind: string; round: number; answers: number; tally: unknown };
export type ResultsExport = { room: string; deck: string; exportedAt: string; rows: ExportRow[]; totals: ExportTotal[] };

export function buildResultsExport(input: {
  room: string;
  deck: string;
  exercises: Record<string, BaseDefinition>;
  answers: Iterable<[string, RecordedAnswer]>;
  people: Iterable<[string, Person]>;
  exportedAt: number;
  /**
   * STAGE.exercises and STAGE.moderation, for the approvals and marks of each exercise's current
   * round (an earlier round's are gone: its moderated questions count as waiting, without votes).
   */
  states?: Record<string, ExerciseState>;
  moderation?: Record<string, unknown>;
}): ResultsExport {
  const order = [...input.people].sort(([a, pa], [b, pb]) => pa.joinedAt - pb.joinedAt || a.localeCompare(b));
  const pseudonyms = new Map(order.map(([pid], i) => [pid, `deelnemer-${String(i + 1).padStart(3, '0')}`]));
  const byRound = new Map<string, AnswerEntry[]>();
  const answeredAt = new Map<string, string>();
  const rows: ExportRow[] = [];
  const progressOf = (exercise: string, round: number) => {
    const state = input.states?.[exercise];
    return state && state.round === round ? withModeration(state, input.moderation?.[exercise]).progress : undefined;
  };

  for (const [key, recorded] of input.answers) {
    const { exerciseId, pid } = parseResultKey(key);
    const definition = input.exercises[exerciseId];
    if (!definition) continue;
    const model = modelFor(definition.kind)!;
    // The results already hold only what the trainer may read; applied again so no caller's answers can carry more.
    const value = trainerValueOf(definition, recorded.value);
    if (!pseudonyms.has(pid)) pseudonyms.set(pid, `deelnemer-${String(pseudonyms.size + 1).padStart(3, '0')}`);
    const roundKey = `${exerciseId}\u0000${recorded.round}`;
    byRound.set(roundKey, [...(byRound.get(roundKey) ?? []), { pid, value }]);
    answeredAt.set(`${roundKey}\u0000${pid}`, new Date(recorded.at).toISOString());
    if (model.itemsOf) continue;
    rows.push({
      participant: pseudonyms.get(pid)!,
      exercise: exerciseId,
      kind: definition.kind,
      round: recorded.round,
      answer: formatAnswer(value),
      correct: model.verdict(definition, value),
      answeredAt: new Date(recorded.at).toISOString(),
    });
  }

  const totals = [...byRound].map(([roundKey, values]): ExportTotal => {
    const [exercise, roundText] = roundKey.split('\u0000');
    const round = Number(roundText);
    const definition = input.exercises[exercise];
    const model = modelFor(definition.kind)!;
    if (!model.itemsOf) return { exercise, kind: definition.kind, round, answers: values.length, tally: model.tally(definition, values, undefined) };
    const items = model.itemsOf(definition, values, progressOf(exercise, round));
    for (const item of items) {
      rows.push({
        participant: pseudonyms.get(item.pid)!,
        exercise,
        kind: definition.kind,
        round,
        answer: item.text,
        correct: null,
        answeredAt: answeredAt.get(`${roundKey}\u0000${item.pid}`)!,
        count: item.count,
        state: item.state,
      });
    }
    // Not the kind's tally: that names senders by pid.
    return { exercise, kind: definition.kind, round, answers: values.length, tally: itemTotals(items) };
  });
  const byPosition = (a: { exercise: string; round: number }, b: { exercise: string; round: number }) =>
    exerciseOrder(input.exercises, a.exercise) - exerciseOrder(input.exercises, b.exercise) || a.round - b.round;
  rows.sort((a, b) => byPosition(a, b) || a.participant.localeCompare(b.participant));
  totals.sort(byPosition);
  return { room: input.room, deck: input.deck, exportedAt: new Date(input.exportedAt).toISOString(), rows, totals };
}

/** The totals of a round of texts: how many were asked, approved, and the votes on them. */
function itemTotals(items: readonly AnswerItem[]) {
  return { asked: items.length, approved: items.filter((item) => item.isApproved).length, votes: items.reduce((sum, item) => sum + item.count, 0) };
}

/** A round of texts' totals (itemTotals) as total rows, in parentheses like `(respondents)`: they are not answers. */
function itemCounts(tally: unknown): Record<string, number> | undefined {
  const totals = tally as Partial<ReturnType<typeof itemTotals>>;
  if (typeof totals?.asked !== 'number') return undefined;
  return { '(asked)': totals.asked, '(approved)': totals.approved ?? 0, '(votes)': totals.votes ?? 0 };
}

function exerciseOrder(exercises: Record<string, BaseDefinition>, id: string): number {
  return Object.keys(exercises).indexOf(id);
}

function formatAnswer(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((part) => typeof part === 'string')) return value.join('+');
  return JSON.stringify(value);
}

/** The columns: CSV keys as they always were (tools read them), Dutch labels for Excel. */
const RESULT_COLUMNS: readonly Column[] = [
  { key: 'type', label: 'Regel' },
  { key: 'participant', label: 'Deelnemer' },
  { key: 'exercise', label: 'Oefening' },
  { key: 'kind', label: 'Soort' },
  { key: 'round', label: 'Ronde' },
  { key: 'answer', label: 'Antwoord' },
  { key: 'correct', label: 'Goed' },
  { key: 'count', label: 'Aantal' },
  { key: 'answered_at', label: 'Tijdstip (UTC)' },
  // Added last, so tools that read the columns before it by position still do.
  { key: 'state', label: 'Status' },
];

/**
 * The export as one table, named `title` (the deck's): `answer` rows, then `total` rows (one per
 * option or value counted, and one for the respondents). Values stay machine values.
 */
export function resultsTable(data: ResultsExport, title: string): Table {
  const rows: Cell[][] = data.rows.map((row) => [
    'answer', row.participant, row.exercise, row.kind, row.round, row.answer, row.correct, row.count ?? null, row.answeredAt, row.state ?? null,
  ]);
  for (const total of data.totals) {
    const counts = (total.tally as { counts?: Record<string, number> }).counts ?? itemCounts(total.tally);
    for (const [answer, count] of Object.entries(counts ?? {})) rows.push(['total', null, total.exercise, total.kind, total.round, answer, null, count, null, null]);
    rows.push(['total', null, total.exercise, total.kind, total.round, '(respondents)', null, total.answers, null, null]);
  }
  return { title, columns: RESULT_COLUMNS, rows };
}

/** The export as CSV, for tools. */
export function resultsToCsv(data: ResultsExport): string {
  return tableToCsv(resultsTable(data, data.deck));
}

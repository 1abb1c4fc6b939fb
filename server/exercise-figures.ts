/**
 * One exercise of a session as the groepsverslag prints it: a title and one short Dutch line of
 * figures, from the kind's own `tally` of the latest round and its `verdict` per answer. Pure.
 * Figures only: which texts the trainer approved are picked elsewhere, and only when asked for.
 */
import { formatDecimal } from './documents/dutch-format.ts';
import type { AnyKind } from '../src/kinds/registry.ts';
import type { AnswerEntry, BaseDefinition } from '../src/shared/kind/kind.ts';

/** "Ik kan mijn medewerker goed begeleiden. (schaal)": what the exercise asked, and its kind in the trainer's words. */
export function exerciseTitle(kind: AnyKind, definition: BaseDefinition): string {
  const { question, situation } = definition as { question?: unknown; situation?: unknown };
  const asked = typeof question === 'string' ? question : typeof situation === 'string' ? situation : definition.id;
  return `${asked} (${kind.label(definition)})`;
}

const count = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

/**
 * "12 antwoorden · 9 goed (75%)", "8 antwoorden · gemiddeld 3,9", "7 geschreven · 3 gedeeld".
 * Each part appears when the kind's tally (or its verdicts) has it, so a new kind gets a line too.
 */
export function exerciseFigures(kind: AnyKind, definition: BaseDefinition, answers: readonly AnswerEntry[], progress: unknown): string {
  if (kind.itemsOf) {
    // "9 vragen · 7 goedgekeurd · 23 stemmen": every text of every phone, not one per answer.
    const items = kind.itemsOf(definition, answers, progress);
    const approved = items.filter((item) => item.isApproved).length;
    const votes = items.reduce((sum, item) => sum + item.count, 0);
    return [count(items.length, 'vraag', 'vragen'), `${approved} goedgekeurd`, count(votes, 'stem', 'stemmen')].join(' · ');
  }
  const tally = (kind.tally(definition, answers, progress) ?? {}) as { total?: unknown; mean?: unknown; written?: unknown; shared?: unknown; shown?: unknown };
  const parts: string[] = [];
  if (typeof tally.written === 'number') {
    parts.push(`${tally.written} geschreven`);
    if (typeof tally.shared === 'number') parts.push(`${tally.shared} gedeeld`);
  } else {
    parts.push(count(typeof tally.total === 'number' ? tally.total : answers.length, 'antwoord', 'antwoorden'));
  }
  const verdicts = answers.map((answer) => kind.verdict(definition, answer.value)).filter((verdict) => verdict !== null);
  if (verdicts.length > 0) {
    const right = verdicts.filter(Boolean).length;
    parts.push(`${right} goed (${Math.round((right / verdicts.length) * 100)}%)`);
  }
  if (typeof tally.mean === 'number') parts.push(`gemiddeld ${formatDecimal(tally.mean)}`);
  if (Array.isArray(tally.shown) && tally.shown.length > 0) parts.push(`${tally.shown.length} getoond`);
  return parts.join(' · ');
}

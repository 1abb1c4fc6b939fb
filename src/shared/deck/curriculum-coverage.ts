/**
 * Which live exercise practises which goal (D1-D4) and working component (WB1-WB6), per
 * session, and why (each block's `waarom:`). The Mentorwijs session decks are the decks named
 * `sessie-<n>`; across them every code must be practised by at least two live exercises that
 * say why, or the build fails. Pure.
 */
import { sessionNumberOf } from './session-decks.ts';
import { CURRICULUM_TAGS, type CurriculumTag } from '../kind/kind.ts';

/** The fewest live exercises that must practise each goal and working component. */
export const MIN_EXERCISES_PER_CODE = 2;

/**
 * `kind`: the kind in the trainer's words (its descriptor's `label`), e.g. "peiling";
 * `reason`: the block's `waarom:`, why it practises its tags (absent on an exercise without tags).
 */
export type CoveredExercise = { id: string; kind: string; label: string; tags: CurriculumTag[]; reason?: string };
export type SessionCoverage = { deck: string; title: string; exercises: CoveredExercise[] };
export type Coverage = {
  sessions: SessionCoverage[];
  /** Per code, the exercises (as `deck/id`) that practise it and say why, in session order. */
  byCode: Record<CurriculumTag, string[]>;
};

export function curriculumCoverage(decks: readonly SessionCoverage[]): Coverage {
  const sessions = decks
    .filter((deck) => sessionNumberOf(deck.deck) !== null)
    .sort((a, b) => compareDeckIds(a.deck, b.deck));
  const byCode = Object.fromEntries(CURRICULUM_TAGS.map((code) => [code, [] as string[]])) as Record<CurriculumTag, string[]>;
  for (const session of sessions) {
    for (const exercise of session.exercises) {
      // A tag without a reason is a claim, not practice: it does not count (and coverageProblems names it).
      if (!exercise.reason) continue;
      for (const code of new Set(exercise.tags)) byCode[code].push(`${session.deck}/${exercise.id}`);
    }
  }
  return { sessions, byCode };
}

/**
 * Tagged exercises without a reason, then the codes practised too little, as messages; none when
 * there are no session decks (e.g. test fixtures). The deck parser already refuses `tags:` without
 * `waarom:`; this holds the rule for any other way exercises reach the overview.
 */
export function coverageProblems(coverage: Coverage): string[] {
  if (coverage.sessions.length === 0) return [];
  const unexplained = coverage.sessions.flatMap((session) =>
    session.exercises
      .filter((exercise) => exercise.tags.length > 0 && !exercise.reason)
      .map((exercise) => `${session.deck}/${exercise.id} is tagged ${exercise.tags.join(', ')} without a reason; add "waarom: …" under its "tags:"`),
  );
  return [...unexplained, ...CURRICULUM_TAGS.filter((code) => coverage.byCode[code].length < MIN_EXERCISES_PER_CODE).map((code) => {
    const found = coverage.byCode[code];
    const where = found.length ? ` (only ${found.join(', ')})` : '';
    return `${code} is practised by ${found.length} live exercise${found.length === 1 ? '' : 's'} across the sessions${where}; give it at least ${MIN_EXERCISES_PER_CODE} with "tags: ${code}"`;
  })];
}

/** The order a trainer reads decks in: sessions by number (sessie-2 before sessie-10), then the rest by id. */
export function compareDeckIds(a: string, b: string): number {
  const [sessionA, sessionB] = [sessionNumberOf(a), sessionNumberOf(b)];
  if (sessionA !== null && sessionB !== null) return sessionA - sessionB;
  if ((sessionA === null) !== (sessionB === null)) return sessionA !== null ? -1 : 1;
  return a.localeCompare(b);
}

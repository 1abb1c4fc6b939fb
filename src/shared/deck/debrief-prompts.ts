/**
 * Debrief prompts in speaker notes that depend on the room's answers:
 *   als meer dan 40% C kiest: Vraag door: wat maakt C zo aantrekkelijk?
 *   als minder dan 50% goed: Leg het verschil nog één keer uit met een voorbeeld.
 *   als gemiddelde onder 6: Vraag wat er nodig is om één punt hoger te komen.
 *   anders: Vat samen en ga door.
 * Pure: the deck parser reads the rules, the trainer's page evaluates them on the live tally
 * with the figures the exercise's model names (`measures`), and the speaker view shows them.
 */

/** `isShare`: written as a percentage of the answers ("meer dan 40% C") rather than a figure ("gemiddelde onder 6"). */
export type DebriefCondition = { measure: string; comparison: 'above' | 'below'; value: number; isShare: boolean };
/** `when: null` is the `anders:` rule: it applies when answers are in and no other rule does. */
export type DebriefRule = { when: DebriefCondition | null; text: string; line: number };

const SHARE = /^(?:[-*]\s+)?als\s+(meer|minder)\s+dan\s+(\d+(?:[.,]\d+)?)\s*%\s+(.+?):\s*(.+)$/i;
const FIGURE = /^(?:[-*]\s+)?als\s+(?:het\s+|de\s+)?(\S+)\s+(boven|onder)\s+(?:de\s+)?(\d+(?:[.,]\d+)?)\s*:\s*(.+)$/i;
const OTHERWISE = /^(?:[-*]\s+)?anders\s*:\s*(.+)$/i;
/** A line that starts like a prompt but does not parse is a mistake, not prose. */
const LOOKS_LIKE_PROMPT = /^(?:[-*]\s+)?als\s+(meer|minder)\s+dan\b/i;

export class DebriefSyntaxError extends Error {}

/**
 * The rule a notes line holds, or null for an ordinary line. In `als meer dan 40% C kiest:` the
 * figure is the first word after the percentage (`C`); words after it read naturally but do
 * not count. Throws DebriefSyntaxError for a line that starts like a rule but is malformed.
 */
export function parseDebriefLine(text: string, line: number): DebriefRule | null {
  const trimmed = text.trim();
  const share = SHARE.exec(trimmed);
  if (share) {
    const measure = share[3].split(/\s+/)[0];
    return { when: { measure, comparison: share[1].toLowerCase() === 'meer' ? 'above' : 'below', value: toNumber(share[2]), isShare: true }, text: share[4].trim(), line };
  }
  if (LOOKS_LIKE_PROMPT.test(trimmed)) {
    throw new DebriefSyntaxError('a debrief prompt reads "als meer dan 40% C kiest: …" or "als minder dan 50% goed: …" (a percentage, a figure, then ":" and the prompt)');
  }
  const figure = FIGURE.exec(trimmed);
  if (figure) {
    return { when: { measure: figure[1], comparison: figure[2].toLowerCase() === 'boven' ? 'above' : 'below', value: toNumber(figure[3]), isShare: false }, text: figure[4].trim(), line };
  }
  const otherwise = OTHERWISE.exec(trimmed);
  return otherwise ? { when: null, text: otherwise[1].trim(), line } : null;
}

/** The figure's name as the exercise's model spells it (case-insensitive), or null when it has none. */
export function matchMeasure(measure: string, names: readonly string[]): string | null {
  return names.find((name) => name.toLowerCase() === measure.toLowerCase()) ?? null;
}

/**
 * Which rules apply to these figures (by index). With no answers yet (no figures) none does;
 * `anders:` applies when answers are in and no conditional rule does.
 */
export function applicableRules(rules: readonly DebriefRule[], measures: Readonly<Record<string, number>>): boolean[] {
  const hasFigures = Object.keys(measures).length > 0;
  const holds = rules.map((rule) => {
    if (!rule.when || !hasFigures) return false;
    const name = matchMeasure(rule.when.measure, Object.keys(measures));
    if (name === null) return false;
    return rule.when.comparison === 'above' ? measures[name] > rule.when.value : measures[name] < rule.when.value;
  });
  const anyHolds = holds.some(Boolean);
  return rules.map((rule, i) => (rule.when ? holds[i] : hasFigures && !anyHolds));
}

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

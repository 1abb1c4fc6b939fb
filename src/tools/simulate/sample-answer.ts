/**
 * What a simulated phone answers: from only what a real phone sees (the public prompt and
 * progress, its own part from its inbox, its own earlier answer) and a seeded random, a plausible answer
 * the server will accept. Answers lean the same way on every phone (seeded by the question),
 * so the projector shows a believable distribution rather than an even spread. Pure.
 */
import { createRandom, leaningOf, normal, pick, seedOf, weightedIndex, type Random } from './seeded-random.ts';
import { OPEN_ANSWERS, REWRITES } from './dutch-phrases.ts';

export type PhoneView = {
  /** `ExerciseState.prompt` as the stage shows it. */
  prompt: unknown;
  /** `ExerciseState.progress` as the public stage shows it. */
  progress?: unknown;
  /** This phone's own part (its inbox): a role card, for instance. */
  own?: unknown;
  /** This phone's answer in the current round so far (a style quiz sends its whole series). */
  previous?: unknown;
};

type Option = { id: string; text?: string };
type Prompt = { kind?: string } & Record<string, unknown>;

/** A plausible valid answer, or null when this phone has nothing to answer now (e.g. not an observer). */
export function sampleAnswer(view: PhoneView, random: Random): unknown {
  const prompt = view.prompt as Prompt | null;
  if (!prompt || typeof prompt !== 'object') return null;
  switch (prompt.kind) {
    case 'choice':
      return choiceAnswer(prompt, random);
    case 'scale':
      return scaleAnswer(prompt, random);
    case 'stylequiz':
      return styleQuizAnswer(prompt, view, random);
    case 'roleplay':
      return roleplayAnswer(prompt, view, random);
    case 'feedback':
      return feedbackAnswer(prompt, random);
    case 'open':
      return freeText(pick(random, OPEN_ANSWERS), prompt.max as number);
    case 'sort':
      return sortAnswer(prompt, random);
    default:
      return null;
  }
}

/**
 * Where the phone's answer "slot" is: a style quiz asks again at each new situation, a
 * role-play at each scene and phase, within one round. Together with the round, a new slot
 * means answer again.
 */
export function answerSlot(prompt: unknown): string {
  const p = prompt as Prompt | null;
  if (p?.kind === 'stylequiz') return p.summary ? 'samenvatting' : `situatie ${Number(p.situation) + 1}`;
  if (p?.kind === 'roleplay') {
    const scene = String((p.scene as { id?: unknown } | undefined)?.id);
    return p.phase === 'vote' ? `scène ${scene}` : `${String(p.phase)}, scène ${scene}`;
  }
  return '';
}

function choiceAnswer(prompt: Prompt, random: Random): string | string[] {
  const options = prompt.options as Option[];
  const leaning = leaningOf(String(prompt.question), options.length);
  if (prompt.mode !== 'multi') return options[weightedIndex(random, leaning)].id;
  // Several ticks: the favourites more often; at least one.
  const top = Math.max(...leaning);
  const picked = options.filter((_, i) => random() < 0.15 + 0.65 * (leaning[i] / top));
  const ids = (picked.length ? picked : [options[weightedIndex(random, leaning)]]).map((option) => option.id);
  return ids.sort();
}

function scaleAnswer(prompt: Prompt, random: Random): number {
  const min = prompt.min as number;
  const max = prompt.max as number;
  const span = max - min;
  // The room's centre lies somewhere between a third and 85% up the scale; people spread around it.
  const centre = min + span * (0.35 + 0.5 * createRandom(seedOf(String(prompt.question)))());
  const value = Math.round(centre + normal(random) * Math.max(0.8, span / 5));
  return Math.min(max, Math.max(min, value));
}

function styleQuizAnswer(prompt: Prompt, view: PhoneView, random: Random): Record<string, string> | null {
  if (prompt.summary) return null;
  const styles = prompt.styles as string[];
  const situation = prompt.situation as number;
  const reached = (view.progress as { reached?: number } | undefined)?.reached ?? 0;
  const style = styles[weightedIndex(random, leaningOf(String(prompt.text), styles.length))];
  // The whole series is sent each time; keep what this phone chose before, as the phone page does.
  const earlier = isRecord(view.previous) ? view.previous : {};
  const record: Record<string, string> = {};
  for (const [key, value] of Object.entries(earlier)) {
    if (Number(key) <= reached && typeof value === 'string' && styles.includes(value)) record[key] = value;
  }
  record[String(situation)] = style;
  return record;
}

function roleplayAnswer(prompt: Prompt, view: PhoneView, random: Random): unknown {
  if (prompt.phase === 'vote') {
    const scene = prompt.scene as { id: string; text: string; choices: Option[] };
    if (!scene.choices.length) return null;
    return scene.choices[weightedIndex(random, leaningOf(scene.id + scene.text, scene.choices.length))].id;
  }
  if (prompt.phase === 'groups') {
    // Only an observer answers during role-card practice: the items of the checklist on its card.
    const card = view.own as { role?: string; checklist?: string[] } | undefined;
    if (card?.role !== 'observator') return null;
    return { checklist: (card.checklist ?? []).map((_, i) => i).filter(() => random() < 0.6) };
  }
  return null;
}

function feedbackAnswer(prompt: Prompt, random: Random): { ticks: string[]; rewrite?: string } {
  const criteria = prompt.criteria as Option[];
  const leaning = leaningOf(String(prompt.statement), criteria.length);
  const top = Math.max(...leaning);
  const ticks = criteria.filter((_, i) => random() < 0.1 + 0.7 * (leaning[i] / top)).map((criterion) => criterion.id);
  const answer: { ticks: string[]; rewrite?: string } = { ticks: ticks.sort() };
  // Most who may rewrite do; some only tick.
  if (prompt.rewrite && random() < 0.8) answer.rewrite = freeText(pick(random, REWRITES), prompt.max as number);
  return answer;
}

function sortAnswer(prompt: Prompt, random: Random): Record<string, string> {
  const piles = prompt.piles as string[];
  const answer: Record<string, string> = {};
  for (const statement of prompt.statements as Option[]) {
    answer[statement.id] = piles[weightedIndex(random, leaningOf(statement.id + (statement.text ?? ''), piles.length))];
  }
  return answer;
}

/** Text the server's free-text rule accepts: within `max` characters, trimmed. */
function freeText(text: string, max: number): string {
  return text.slice(0, max).trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A session's run sheet (draaiboek), derived from the parsed deck: its timed slides in order
 * with their `Tijd:` minutes, what happens on each, and which of the two trainers leads and
 * what the other does (clock times: run-sheet-times.ts). Pure; built from the parsed deck, so the
 * sheet follows any change to a deck's times.
 */
import { modelFor } from '../../kinds/registry.ts';
import type { ParsedDeck, ParsedSlide } from '../deck/parse-deck.ts';
import type { RunSheetRow } from './run-sheet-times.ts';

const PAUSE = /^pauze\b/i;
const GROUP_WORK = /\b(drietallen|tweetallen|tweetal|drietal)\b/i;

/**
 * The timed slides of a deck as run-sheet rows. Slides without minutes (the sources, slides
 * shown on request) take no time and are left out. The lead alternates per block: a block
 * starts where an explanation follows an exercise (a new topic) and after the pause, so each
 * trainer introduces a topic and runs its exercise, while the other moderates and keeps time.
 */
export function runSheetRows(deck: Pick<ParsedDeck, 'title' | 'stacks' | 'exercises'>): RunSheetRow[] {
  const rows: RunSheetRow[] = [];
  let lead: 'A' | 'B' = 'A';
  let previous: Nature | null = null;
  deck.stacks.flat().forEach((slide, index) => {
    const nature = natureOf(slide);
    if (nature === 'other' && (previous === 'exercise' || previous === 'pause')) lead = lead === 'A' ? 'B' : 'A';
    previous = nature;
    if (!slide.minutes) return;
    // The title slide opens the session: its heading is the deck's title, which the sheet already shows.
    if (index === 0) {
      rows.push({ slide: 1, heading: 'Welkom', minutes: slide.minutes, activity: 'welkom', lead, support: 'Ontvangt de groep, test de techniek' });
      return;
    }
    const heading = slide.heading ?? deck.title;
    if (nature === 'pause') {
      rows.push({ slide: index + 1, heading, minutes: slide.minutes, activity: 'pauze', lead: 'A en B', support: 'Samen: techniek en volgende dia' });
      return;
    }
    rows.push({ slide: index + 1, heading, minutes: slide.minutes, lead, ...taskOf(slide, deck.exercises) });
  });
  return rows;
}

type Nature = 'exercise' | 'pause' | 'other';

function natureOf(slide: ParsedSlide): Nature {
  if (slide.exerciseId) return 'exercise';
  return PAUSE.test(slide.heading ?? '') ? 'pause' : 'other';
}

function taskOf(slide: ParsedSlide, exercises: ParsedDeck['exercises']): Pick<RunSheetRow, 'activity' | 'support'> {
  if (slide.parts.some((part) => 'join' in part)) return { activity: 'aanmelden', support: 'Helpt wie niet binnenkomt' };
  const definition = slide.exerciseId ? exercises[slide.exerciseId] : undefined;
  if (definition) {
    const kind = modelFor(definition.kind);
    const activity = kind?.label(definition) ?? definition.kind;
    if (kind?.moderation?.applies(definition)) return { activity, support: 'Modereert op de laptop' };
    if (definition.kind === 'roleplay') return { activity, support: 'Loopt rond, houdt de tijd' };
    return { activity, support: 'Let op telefoons en tijd' };
  }
  const text = slide.parts.map((part) => ('markdown' in part ? part.markdown : '')).join('\n');
  if (GROUP_WORK.test(text)) return { activity: 'groepswerk', support: 'Loopt rond, roept de wissels' };
  return { activity: 'uitleg', support: 'Vult aan, schrijft op de flip-over' };
}

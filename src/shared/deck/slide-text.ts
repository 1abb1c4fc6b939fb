/**
 * A slide's Markdown and its exercise as editable text for the PowerPoint export: paragraphs,
 * bullets and numbered items, and the notes as plain text. Pure.
 * One run per paragraph, bold or italic only as a whole: pptxgenjs 4 writes a paragraph's
 * properties before every run, which PowerPoint reads as a damaged file.
 */
import { Marked, type Token, type Tokens } from 'marked';
import { letterOf, type ChoiceDefinition } from '../../kinds/choice/model.ts';
import type { FeedbackDefinition } from '../../kinds/feedback/model.ts';
import type { BaseDefinition } from '../kind/kind.ts';
import type { OpenDefinition } from '../../kinds/open/model.ts';
import type { RoleplayDefinition } from '../../kinds/roleplay/model.ts';
import type { ScaleDefinition } from '../../kinds/scale/model.ts';
import type { SortDefinition } from '../../kinds/sort/model.ts';
import type { StyleQuizDefinition } from '../../kinds/stylequiz/model.ts';
import { LIVE_HINT } from './static-lines.ts';

type TextRun = { text: string; bold?: boolean; italic?: boolean };
/** `small`: the fine print (`<small>` in the deck, sources); `hint`: a line about the live exercise. */
export type Paragraph = {
  text: string;
  bold?: boolean;
  italic?: boolean;
  list?: 'bullet' | 'number';
  level?: number;
  style?: 'heading' | 'question' | 'small' | 'hint';
};


const markdown = new Marked({ gfm: true, async: false });

/** Markdown blocks as paragraphs; the first `#`/`##` heading is handed to `onTitle` instead when it wants one. */
export function markdownParagraphs(source: string, onTitle: (title: string, depth: number) => boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let isSmall = false;
  const visit = (tokens: Token[], level: number) => {
    for (const token of tokens) {
      if (token.type === 'heading') {
        const text = plain(token.tokens ?? []);
        if (!onTitle(text, (token as Tokens.Heading).depth)) paragraphs.push({ text, bold: true, style: 'heading' });
      } else if (token.type === 'paragraph') {
        const isInlineSmall = (token.tokens ?? []).some((t) => t.type === 'html' && /<small\b/i.test(t.text));
        paragraphs.push(styled(joined(token.tokens ?? []), isSmall || isInlineSmall));
      } else if (token.type === 'list') {
        const list = token as Tokens.List;
        for (const item of list.items) {
          const [first, ...rest] = item.tokens;
          const inline = first && 'tokens' in first && first.type !== 'list' ? (first.tokens ?? []) : [];
          paragraphs.push(styled({ ...joined(inline), list: list.ordered ? 'number' : 'bullet', level }, isSmall));
          visit(first && inline.length ? rest : item.tokens, level + 1);
        }
      } else if (token.type === 'blockquote') {
        paragraphs.push({ text: plain(token.tokens ?? []), italic: true });
      } else if (token.type === 'html') {
        if (/<small\b/i.test(token.text)) isSmall = true;
        if (/<\/small>/i.test(token.text)) isSmall = false;
        const text = stripTags(token.text).trim();
        if (text) paragraphs.push(styled({ text }, isSmall));
      } else if (token.type === 'code') {
        paragraphs.push({ text: token.text });
      } else if (token.type === 'table') {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) paragraphs.push({ text: row.map((cell) => plain(cell.tokens)).join(' · ') });
      }
    }
  };
  visit(markdown.lexer(source), 0);
  return paragraphs.filter((p) => p.text.trim());
}

/** The speaker notes as plain text: paragraphs, and list items as "- …" or "1. …". */
export function notesText(source: string): string {
  const counters: number[] = [];
  return markdownParagraphs(source, () => false)
    .map((p) => {
      const level = p.level ?? 0;
      counters.length = level + 1;
      counters[level] = p.list === 'number' ? (counters[level] ?? 0) + 1 : 0;
      const marker = p.list === 'bullet' ? '- ' : p.list === 'number' ? `${counters[level]}. ` : '';
      return `${'  '.repeat(level)}${marker}${p.text}`;
    })
    .join('\n');
}

/** What the room sees of an exercise before answers come in, as text, and a line that it runs live. */
export function exerciseParagraphs(definition: BaseDefinition): Paragraph[] {
  const question = (text: string): Paragraph => ({ text, bold: true, style: 'question' });
  // Options carry their own letter or number, so no bullet in front.
  const item = (text: string): Paragraph => ({ text });
  const line = (text: string): Paragraph => ({ text });
  const hint: Paragraph = { text: LIVE_HINT, italic: true, style: 'hint' };
  switch (definition.kind) {
    case 'choice': {
      const choice = definition as ChoiceDefinition;
      const how = choice.mode === 'multi' ? [line('Meerdere antwoorden mogelijk.')] : [];
      return [question(choice.question), ...how, ...choice.options.map((option, i) => item(`${letterOf(choice, i)}. ${option.text}`)), hint];
    }
    case 'feedback': {
      const feedback = definition as FeedbackDefinition;
      return [
        { text: feedback.statement, bold: true, italic: true, style: 'question' },
        line('Welke criteria haalt deze uitspraak?'),
        ...feedback.criteria.map((criterion, i) => item(`${String.fromCharCode(65 + i)}. ${criterion.text}`)),
        hint,
      ];
    }
    case 'open':
      return [question((definition as OpenDefinition).question), line('Typ een kort antwoord.'), hint];
    case 'scale': {
      const scale = definition as ScaleDefinition;
      return [question(scale.question), line(scaleText(scale)), hint];
    }
    case 'sort': {
      const sort = definition as SortDefinition;
      return [question(sort.question), line(`Sorteer op: ${sort.piles.join(' of ')}.`), ...sort.statements.map((s, i) => item(`${i + 1}. ${s.text}`)), hint];
    }
    case 'stylequiz': {
      const quiz = definition as StyleQuizDefinition;
      return [
        question('Welke leiderschapsstijl past bij deze situatie?'),
        line(`Stijlen: ${quiz.styles.join(', ')}.`),
        ...quiz.situations.map((situation, i) => item(`Situatie ${i + 1}. ${situation.text}`)),
        hint,
      ];
    }
    case 'roleplay': {
      const roleplay = definition as RoleplayDefinition;
      const start = roleplay.scenes[0];
      return [
        ...(roleplay.situation ? [line(roleplay.situation)] : []),
        question(start.text),
        ...start.choices.map((choice) => item(`${choice.letter.toUpperCase()}. ${choice.text}`)),
        hint,
      ];
    }
    default:
      return [hint];
  }
}

function scaleText(scale: ScaleDefinition): string {
  const isLikert = scale.labels.length === scale.max - scale.min + 1;
  if (isLikert) return `Schaal: ${scale.labels.map((label) => label.text).join(' · ')}.`;
  const end = (value: number) => {
    const label = scale.labels.find((l) => l.value === value)?.text;
    return label ? `${value} (${label})` : String(value);
  };
  return `Schaal van ${end(scale.min)} tot ${end(scale.max)}.`;
}

function styled(paragraph: Paragraph, isSmall: boolean): Paragraph {
  return isSmall ? { ...paragraph, style: 'small' } : paragraph;
}

function runsOf(tokens: Token[], marks: { bold?: boolean; italic?: boolean } = {}): TextRun[] {
  return tokens.flatMap((token): TextRun[] => {
    if (token.type === 'strong') return runsOf(token.tokens ?? [], { ...marks, bold: true });
    if (token.type === 'em') return runsOf(token.tokens ?? [], { ...marks, italic: true });
    if ((token.type === 'link' || token.type === 'del' || token.type === 'text') && 'tokens' in token && token.tokens?.length) {
      return runsOf(token.tokens, marks);
    }
    if (token.type === 'br') return [{ text: '\n', ...marks }];
    if (token.type === 'html') return [{ text: stripTags(token.text), ...marks }];
    return [{ text: decodeEntities(token.type === 'codespan' ? token.text : (token as { text?: string }).text ?? token.raw), ...marks }];
  });
}

/** The runs as one text; bold or italic when the whole text is. */
function joined(tokens: Token[]): Paragraph {
  const runs = runsOf(tokens).filter((run) => run.text);
  const text = runs.map((run) => run.text).join('');
  const isAll = (mark: 'bold' | 'italic') => runs.length > 0 && runs.every((run) => run[mark] || !run.text.trim());
  return { text, ...(isAll('bold') ? { bold: true } : {}), ...(isAll('italic') ? { italic: true } : {}) };
}

function plain(tokens: Token[]): string {
  return runsOf(tokens).map((run) => run.text).join('');
}

function stripTags(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * A slide's Markdown and its exercise as editable text for the PowerPoint export: paragraphs,
 * bullets and numbered items, the pictures with their text alternative, and the notes as plain
 * text. Pure.
 * One run per paragraph, bold or italic only as a whole: pptxgenjs 4 writes a paragraph's
 * properties before every run, which PowerPoint reads as a damaged file.
 */
import { Marked, type Token, type Tokens } from 'marked';
import { modelFor } from '../../kinds/registry.ts';
import type { BaseDefinition } from '../kind/kind.ts';
import type { Paragraph } from '../kind/paragraph.ts';
import { LIVE_HINT } from './static-lines.ts';

type TextRun = { text: string; bold?: boolean; italic?: boolean };
export type { Paragraph };

/** A Markdown picture (`![alt](src)`), with `src` as the deck wrote it. */
export type SlidePicture = { src: string; alt: string };

const markdown = new Marked({ gfm: true, async: false });

/**
 * Markdown blocks as paragraphs; the first `#`/`##` heading is handed to `onTitle` instead when it
 * wants one. Pictures are not text: each goes to `onPicture` with the number of paragraphs before it.
 */
export function markdownParagraphs(
  source: string,
  onTitle: (title: string, depth: number) => boolean,
  onPicture: (picture: SlidePicture, atParagraph: number) => void = () => {},
): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let isSmall = false;
  const pictures = (tokens: Token[]) => {
    for (const image of imagesIn(tokens)) onPicture({ src: image.href, alt: image.text }, paragraphs.filter((p) => p.text.trim()).length);
  };
  const visit = (tokens: Token[], level: number) => {
    for (const token of tokens) {
      if (token.type === 'heading') {
        const text = plain(token.tokens ?? []);
        if (!onTitle(text, (token as Tokens.Heading).depth)) paragraphs.push({ text, bold: true, style: 'heading' });
      } else if (token.type === 'paragraph') {
        pictures(token.tokens ?? []);
        const isInlineSmall = (token.tokens ?? []).some((t) => t.type === 'html' && /<small\b/i.test(t.text));
        paragraphs.push(styled(joined(token.tokens ?? []), isSmall || isInlineSmall));
      } else if (token.type === 'list') {
        const list = token as Tokens.List;
        for (const item of list.items) {
          const [first, ...rest] = item.tokens;
          const inline = first && 'tokens' in first && first.type !== 'list' ? (first.tokens ?? []) : [];
          pictures(inline);
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

/** What the room sees of an exercise before answers come in, as text (its kind says what), and a line that it runs live. */
export function exerciseParagraphs(definition: BaseDefinition): Paragraph[] {
  const hint: Paragraph = { text: LIVE_HINT, italic: true, style: 'hint' };
  return [...(modelFor(definition.kind)?.slideText(definition) ?? []), hint];
}

function styled(paragraph: Paragraph, isSmall: boolean): Paragraph {
  return isSmall ? { ...paragraph, style: 'small' } : paragraph;
}

/** The pictures among inline tokens, also inside a link or emphasis. */
function imagesIn(tokens: Token[]): Tokens.Image[] {
  return tokens.flatMap((token) => (token.type === 'image' ? [token as Tokens.Image] : 'tokens' in token && token.tokens ? imagesIn(token.tokens) : []));
}

function runsOf(tokens: Token[], marks: { bold?: boolean; italic?: boolean } = {}): TextRun[] {
  return tokens.flatMap((token): TextRun[] => {
    if (token.type === 'image') return [];
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
